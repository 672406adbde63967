package fr.demarches.echange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import fr.demarches.commune.ConnexionSftp;
import jakarta.annotation.PreDestroy;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.springframework.stereotype.Component;

/**
 * The platform's SSH client (Apache MINA SSHD), one for the whole application. Every connection checks the
 * server's host key against the fingerprint recorded for the commune, before any authentication: a server that
 * presents another key is refused, nothing is sent to it. Nothing of the machine's own SSH setup (~/.ssh/config,
 * ~/.ssh/id_*, known_hosts) is used: only what the commune's settings say.
 */
@Component
public class ClientSftp {

    /** The fingerprint this connection accepts; absent when the key is only being read ({@link #releverCle}). */
    private static final AttributeKey<String> ATTENDUE = new AttributeKey<>();
    /** The fingerprint the server presented, for the error message and for {@link #releverCle}. */
    private static final AttributeKey<AtomicReference<CleHote>> PRESENTEE = new AttributeKey<>();

    private final SshClient client;
    private final Duration delai;

    ClientSftp(ProprietesEchanges proprietes) {
        this.delai = proprietes.delai();
        client = SshClient.setUpDefaultClient();
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setServerKeyVerifier(ClientSftp::verifierCle);
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, delai);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, delai);
        // A server that stops answering in the middle of a transfer fails the transfer instead of hanging the job.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, delai.multipliedBy(6));
        client.start();
    }

    @PreDestroy
    void arreter() throws IOException {
        client.stop();
    }

    /** Connects, checks the host key, authenticates and opens the sFTP channel. */
    public ConnexionOuverte ouvrir(ConnexionSftp connexion) throws ErreurSftp {
        if (connexion.empreinteHote() == null) {
            throw new ErreurSftp("La clé d'hôte du serveur sFTP n'est pas enregistrée : l'administrateur de la "
                    + "plateforme doit la relever et la confirmer avant toute connexion.");
        }
        var presentee = new AtomicReference<CleHote>();
        ClientSession session = null;
        try {
            session = connecter(connexion.identifiant(), connexion.hote(), connexion.port(),
                    AttributeRepository.ofAttributesMap(Map.of(ATTENDUE, connexion.empreinteHote(), PRESENTEE, presentee)));
            if (connexion.parCle()) {
                for (KeyPair cle : cles(session, connexion.secret())) {
                    session.addPublicKeyIdentity(cle);
                }
            } else {
                session.addPasswordIdentity(connexion.secret());
            }
            session.auth().verify(delai);
            return new ConnexionOuverte(session, SftpClientFactory.instance().createSftpClient(session));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            fermer(session);
            throw traduire(e, connexion.hote(), connexion.port(), connexion.empreinteHote(), presentee.get());
        }
    }

    /**
     * Reads the host key the server presents, without authenticating (the connection is dropped right after the
     * key exchange). The administrator compares it with what the commune announced before recording it.
     */
    public CleHote releverCle(String hote, int port) throws ErreurSftp {
        var presentee = new AtomicReference<CleHote>();
        ClientSession session = null;
        try {
            session = connecter("releve-cle", hote, port, AttributeRepository.ofKeyValuePair(PRESENTEE, presentee));
            session.waitFor(java.util.EnumSet.of(ClientSession.ClientSessionEvent.CLOSED,
                    ClientSession.ClientSessionEvent.WAIT_AUTH), delai);
        } catch (IOException | RuntimeException e) {
            if (presentee.get() == null) {
                throw traduire(e, hote, port, null, null);
            }
        } finally {
            fermer(session);
        }
        if (presentee.get() == null) {
            throw new ErreurSftp("Le serveur " + hote + ":" + port + " n'a présenté aucune clé d'hôte dans le délai de "
                    + delai.toSeconds() + " s.");
        }
        return presentee.get();
    }

    private ClientSession connecter(String identifiant, String hote, int port, AttributeRepository contexte)
            throws IOException {
        return client.connect(identifiant, hote, port, contexte, null).verify(delai).getSession();
    }

    /** Called during the key exchange, before any credential is sent. */
    private static boolean verifierCle(ClientSession session, java.net.SocketAddress adresse, PublicKey cle) {
        var contexte = session.getConnectionContext();
        var cleHote = new CleHote(KeyUtils.getKeyType(cle), KeyUtils.getFingerPrint(cle));
        var presentee = contexte == null ? null : contexte.getAttribute(PRESENTEE);
        if (presentee != null) {
            presentee.set(cleHote);
        }
        String attendue = contexte == null ? null : contexte.getAttribute(ATTENDUE);
        return attendue != null && attendue.equals(cleHote.empreinte());
    }

    private static Iterable<KeyPair> cles(ClientSession session, String clePrivee)
            throws IOException, GeneralSecurityException {
        var cles = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("cle-privee-commune"),
                new ByteArrayInputStream(clePrivee.strip().getBytes(StandardCharsets.UTF_8)), null);
        if (cles == null || !cles.iterator().hasNext()) {
            throw new GeneralSecurityException("aucune clé lisible");
        }
        return cles;
    }

    private ErreurSftp traduire(Throwable e, String hote, int port, String attendue, CleHote presentee) {
        String serveur = hote + ":" + port;
        if (attendue != null && presentee != null && !attendue.equals(presentee.empreinte())) {
            return new ErreurSftp.CleHoteRefusee("Clé d'hôte refusée : le serveur " + serveur + " présente la clé "
                    + presentee.empreinte() + " au lieu de " + attendue + " enregistrée. Connexion interrompue avant "
                    + "l'authentification, rien n'est envoyé. Si la commune a changé de serveur ou de clé, relevez et "
                    + "confirmez la nouvelle clé.", e);
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException
                    || cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return new ErreurSftp("Serveur sFTP introuvable : le nom « " + hote + " » n'existe pas.", e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new ErreurSftp("Connexion impossible à " + serveur + " : serveur arrêté, port fermé ou "
                    + "filtré.", e);
        }
        if (e instanceof GeneralSecurityException) {
            return new ErreurSftp("La clé privée enregistrée est illisible (format OpenSSH ou PEM sans phrase de "
                    + "passe attendu).", e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("No more authentication methods") || message.contains("authentication")) {
            return new ErreurSftp("Authentification refusée par " + serveur + " : vérifiez l'identifiant et le mot "
                    + "de passe ou la clé privée.", e);
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("timeout")
                || message.toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
            return new ErreurSftp("Le serveur " + serveur + " ne répond pas (délai de " + delai.toSeconds()
                    + " s dépassé).", e);
        }
        return new ErreurSftp("Échec de la connexion sFTP à " + serveur + " : " + message, e);
    }

    private static void fermer(ClientSession session) {
        if (session != null) {
            session.close(true);
        }
    }

    /** A host key as {@code ssh-keygen -l} shows it: its type and its SHA-256 fingerprint ("SHA256:…"). */
    public record CleHote(String type, String empreinte) implements java.io.Serializable {
    }
}
