package fr.demarches.portail.securite;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts on this identifier or from this address: refused without checking the password. */
class ConnexionBloqueeException extends AuthenticationException {

    private final Instant jusqua;

    ConnexionBloqueeException(Instant jusqua) {
        super("Trop de tentatives de connexion");
        this.jusqua = jusqua;
    }

    Instant jusqua() {
        return jusqua;
    }
}
