/**
 * The calendar of elections (scrutins): rounds, the online-registration deadline (computed as the 6th Wednesday
 * before the first round, overridable by an administrator) and the communes concerned. Read by the ILE
 * deadlines and the procuration scopes through {@link fr.demarches.scrutin.Scrutins}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scrutins")
package fr.demarches.scrutin;
