package fr.demarches.teledossier.regles;

import fr.demarches.scrutin.TypeScrutin;

/**
 * The ballots a registration lets one vote at: every ballot for a French national (liste générale); for a citizen of
 * another member state of the European Union, only those of the complementary lists asked for — the municipal
 * elections (Code électoral, art. LO227-1) and the European ones (loi n° 77-729 du 7 juillet 1977, art. 2-1). The
 * deadlines, the L30 question and the warnings follow the next of these ballots only.
 */
public final class ScrutinsOuverts {

    private ScrutinsOuverts() {
    }

    public static boolean ouvert(TypeScrutin type, boolean francais, boolean listeMunicipale, boolean listeEuropeenne) {
        return francais || type == TypeScrutin.MUNICIPALES && listeMunicipale
                || type == TypeScrutin.EUROPEENNES && listeEuropeenne;
    }
}
