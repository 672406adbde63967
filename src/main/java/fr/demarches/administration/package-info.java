/**
 * The administration screens: the platform administrator's portal (raccordements, communes, scrutins,
 * accounts, police units, audit journal) and the commune administrator's pages of the Gestionnaire de Suivi.
 * The rules live in the modules that own the data; this module only adds the web layer and the menus (the
 * portail module depends on commune and compte, so their menu entries cannot be declared there).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration")
package fr.demarches.administration;
