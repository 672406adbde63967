/**
 * Accounts of every actor kind (citizen, mairie agent and commune administrator, police officer, platform
 * administrator), police units, password policy and hashing, loading accounts for each portal's login, and
 * the failed-login throttling shared by every instance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes")
package fr.demarches.compte;
