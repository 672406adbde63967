/**
 * The audit journal: one append-only table (the database refuses updates and deletes) recording who did
 * what, on which object, when and from which IP — every login and every sensitive action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal d'audit")
package fr.demarches.audit;
