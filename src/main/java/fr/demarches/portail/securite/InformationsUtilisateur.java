package fr.demarches.portail.securite;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The userinfo endpoint, plain JSON or, as FranceConnect v2 answers, a JWT signed with the provider's keys: its
 * signature is checked against the provider's JWKS, its issuer against the provider's and its audience against our
 * client id before any claim is read. Spring Security's default reads JSON only.
 */
class InformationsUtilisateur implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient http;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Map<String, JwtDecoder> decodeurs = new ConcurrentHashMap<>();

    InformationsUtilisateur(RestClient http, tools.jackson.databind.json.JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest demande) {
        var client = demande.getClientRegistration();
        Map<String, Object> claims;
        try {
            var reponse = http.get().uri(client.getProviderDetails().getUserInfoEndpoint().getUri())
                    .headers(h -> h.setBearerAuth(demande.getAccessToken().getTokenValue()))
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(byte[].class);
            var type = reponse.getHeaders().getContentType();
            byte[] corps = reponse.getBody() == null ? new byte[0] : reponse.getBody();
            if (type != null && JWT.isCompatibleWith(type)) {
                claims = decodeur(client).decode(new String(corps, java.nio.charset.StandardCharsets.US_ASCII).strip())
                        .getClaims();
            } else {
                claims = json.readValue(corps, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
                });
            }
        } catch (RestClientException | JwtException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            var erreur = new OAuth2Error("invalid_user_info_response", "Informations d'identité illisibles : "
                    + e.getMessage(), null);
            throw new OAuth2AuthenticationException(erreur, erreur.toString(), e);
        }
        String attributNom = client.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName();
        return new DefaultOAuth2User(List.of(), claims, attributNom == null ? "sub" : attributNom);
    }

    private JwtDecoder decodeur(ClientRegistration client) {
        return decodeurs.computeIfAbsent(client.getRegistrationId(), id -> {
            var decodeur = NimbusJwtDecoder.withJwkSetUri(client.getProviderDetails().getJwkSetUri()).build();
            String emetteur = client.getProviderDetails().getIssuerUri();
            var validateurs = new java.util.ArrayList<org.springframework.security.oauth2.core.OAuth2TokenValidator<
                    org.springframework.security.oauth2.jwt.Jwt>>();
            validateurs.add(emetteur == null ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(emetteur));
            validateurs.add(new JwtClaimValidator<List<String>>("aud",
                    aud -> aud != null && aud.contains(client.getClientId())));
            decodeur.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validateurs));
            return decodeur;
        });
    }
}
