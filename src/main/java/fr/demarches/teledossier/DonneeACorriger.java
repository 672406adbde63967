package fr.demarches.teledossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.demarches.commune.Procedure;

/**
 * The parts of a request a mairie may ask the citizen to correct. The correction is added to the dossier beside
 * what was submitted, which stays as it was: the commune reads both (dossier page, XML, CERFA recap).
 */
public enum DonneeACorriger {
    NOM_PRENOMS("Nom et prénoms", EnumSet.of(Procedure.ILE, Procedure.RCO)),
    NAISSANCE("Date et lieu de naissance", EnumSet.of(Procedure.ILE, Procedure.RCO)),
    NATIONALITE("Nationalité", EnumSet.of(Procedure.ILE, Procedure.RCO)),
    ADRESSE("Adresse", EnumSet.of(Procedure.ILE, Procedure.RCO)),
    FILIATION("Filiation (père, mère)", EnumSet.of(Procedure.RCO)),
    CONTACT("Courriel ou téléphone", EnumSet.of(Procedure.ILE, Procedure.RCO));

    private final String libelle;
    private final Set<Procedure> procedures;

    DonneeACorriger(String libelle, Set<Procedure> procedures) {
        this.libelle = libelle;
        this.procedures = procedures;
    }

    public String libelle() {
        return libelle;
    }

    public static List<DonneeACorriger> de(Procedure procedure) {
        return Arrays.stream(values()).filter(d -> d.procedures.contains(procedure)).toList();
    }
}
