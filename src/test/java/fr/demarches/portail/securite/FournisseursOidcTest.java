package fr.demarches.portail.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.demarches.demo.FournisseurIdentiteLocal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;

/** A provider out of reach neither stops the application nor stays unusable once it answers. */
class FournisseursOidcTest {

    @Test
    void anUnreachableProviderIsReportedUnavailableThenUsedOnceItAnswers() throws Exception {
        int port;
        try (var libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        var fournisseurs = new FournisseursOidc(proprietes("http://localhost:" + port));
        assertThat(fournisseurs.configure("franceconnect")).isTrue();
        assertThat(fournisseurs.findByRegistrationId("franceconnect")).as("injoignable").isNull();
        assertThat(fournisseurs.findByRegistrationId("autre")).isNull();

        try (var fournisseur = FournisseurIdentiteLocal.demarrer(port, List.of())) {
            var client = fournisseurs.findByRegistrationId("franceconnect");
            assertThat(client).isNotNull();
            assertThat(client.getProviderDetails().getIssuerUri()).isEqualTo(fournisseur.emetteur());
            assertThat(client.getProviderDetails().getJwkSetUri()).endsWith("/api/v2/jwks");
            assertThat(client.getProviderDetails().getConfigurationMetadata()).containsKey("end_session_endpoint");
        }
    }

    private static OAuth2ClientProperties proprietes(String emetteur) {
        var proprietes = new OAuth2ClientProperties();
        var client = new OAuth2ClientProperties.Registration();
        client.setProvider("franceconnect");
        client.setClientId("demarches-en-ligne");
        client.setClientSecret("secret");
        client.setAuthorizationGrantType("authorization_code");
        client.setScope(java.util.Set.of("openid", "given_name"));
        proprietes.getRegistration().put("franceconnect", client);
        var fournisseur = new OAuth2ClientProperties.Provider();
        fournisseur.setIssuerUri(emetteur);
        proprietes.getProvider().put("franceconnect", fournisseur);
        return proprietes;
    }
}
