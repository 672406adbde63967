/**
 * The calendar of elections (scrutins): rounds, the online-registration deadline (computed as the 6th Wednesday
 * before the first round, Code électoral R5, overridable by an administrator), the deadline of the L30 special
 * cases (the 10th day before the first round, computed only) and the communes concerned. Read by the ILE
 * deadlines and the procuration scopes through {@link fr.demarches.scrutin.Scrutins}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scrutins")
package fr.demarches.scrutin;
