/**
 * Procurations (2022 model): the mandant's request and its six-character reference, the police or gendarmerie
 * officer's validation, the automated checks against the electoral lists, the mairie's decision, the registre
 * and the cancellation (résiliation), also validated by an officer. Sources: Code électoral L71 (any elector may
 * vote by procuration), L72 (the mandataire is registered on an electoral list, any commune since 2022), L73 (the
 * ceiling), L75 (cancellation), R72 to R76; décret n° 2021-270 du 11 mars 2021 (the online request, Maprocuration)
 * and décret n° 2021-1740 du 22 décembre 2021 (checks automated by the REU, online cancellation).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procurations")
package fr.demarches.procuration;
