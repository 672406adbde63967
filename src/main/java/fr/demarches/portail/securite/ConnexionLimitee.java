package fr.demarches.portail.securite;

import java.util.List;

import fr.demarches.compte.AdresseCourriel;
import fr.demarches.compte.LimiteurTentatives;
import fr.demarches.portail.Portail;
import fr.demarches.portail.internal.ProprietesPortail;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps a portal's password check with the shared failure counters: a blocked identifier or address is
 * refused before the password is even compared; each failure counts on both; a success clears the
 * identifier's counter (never the address's, or one valid account would unlock a password-guessing IP).
 */
class ConnexionLimitee implements AuthenticationProvider {

    private final AuthenticationProvider verification;
    private final LimiteurTentatives limiteur;
    private final ProprietesPortail.ReglesConnexion regles;
    private final Portail portail;

    ConnexionLimitee(AuthenticationProvider verification, LimiteurTentatives limiteur,
            ProprietesPortail.ReglesConnexion regles, Portail portail) {
        this.verification = verification;
        this.limiteur = limiteur;
        this.regles = regles;
        this.portail = portail;
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        // One counter per citizen's address whatever its case, as the account it signs in to (AdresseCourriel).
        String cleCompte = "connexion:" + portail.espace() + ":"
                + (portail == Portail.USAGER ? AdresseCourriel.normalisee(demande.getName()) : demande.getName());
        String cleIp = "connexion-ip:" + ip(demande);
        var blocage = limiteur.bloqueJusqua(List.of(cleCompte, cleIp));
        if (blocage.isPresent()) {
            throw new ConnexionBloqueeException(blocage.get());
        }
        try {
            Authentication resultat = verification.authenticate(demande);
            limiteur.reinitialiser(cleCompte);
            return resultat;
        } catch (AuthenticationException echec) {
            limiteur.echec(cleCompte, regles.echecsParCompte(), regles.fenetre(), regles.blocage());
            limiteur.echec(cleIp, regles.echecsParIp(), regles.fenetre(), regles.blocage());
            throw echec;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String ip(Authentication demande) {
        return demande.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "inconnue";
    }
}
