package fr.demarches.teledossier.regles;

import java.time.LocalDate;

import fr.demarches.shared.MajoriteElectorale;
import fr.demarches.teledossier.elements.Declarant;

/**
 * Who may file the census for the young person (code du service national, art. R*111-1: "Lorsqu'ils ne peuvent
 * effectuer personnellement cette démarche, elle peut l'être par leur représentant légal"). A father or a mother is
 * the legal representative of a minor only (code civil, art. 371-1 and 388): from 18 the young person files it
 * themselves, or their guardian (tuteur) when they are a protected adult, who files as « représentant légal ».
 */
public final class DeclarantRecensement {

    private DeclarantRecensement() {
    }

    public static boolean admis(Declarant.Qualite qualite, LocalDate naissance, LocalDate aujourdhui) {
        return qualite == Declarant.Qualite.REPRESENTANT_LEGAL
                || MajoriteElectorale.majorite(naissance).isAfter(aujourdhui);
    }
}
