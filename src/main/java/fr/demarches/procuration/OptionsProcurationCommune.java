package fr.demarches.procuration;

/**
 * The commune's choices about procurations, stored with the commune settings. Without a bean implementing it,
 * every option is off.
 */
public interface OptionsProcurationCommune {

    /** Accept a procuration without an agent when every automated check passed (the 2022 model). */
    boolean validationAutomatique(String communeInsee);
}
