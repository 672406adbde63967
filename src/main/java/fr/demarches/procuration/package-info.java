/**
 * Procurations (2022 model): the mandant's request and its six-character reference, the police or gendarmerie
 * officer's validation, the automated checks against the electoral lists, the mairie's decision, the registre
 * and the cancellation (résiliation), also validated by an officer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procurations")
package fr.demarches.procuration;
