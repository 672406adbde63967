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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import javax.security.auth.login.LoginException;

import fr.demarches.commune.ConnexionSftp;
import jakarta.annotation.PreDestroy;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
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

    /**
     * The host key and signature algorithms accepted, in order of preference: the first one the server also offers
     * is negotiated, so its key is the one whose fingerprint must be recorded. Ed25519 first, as OpenSSH's own
     * client does; "ssh-rsa" (SHA-1 signatures) is left out, as OpenSSH does since 8.8, and so are DSA and
     * certificates.
     */
    private static final class Algorithmes {
        // In a class of their own: naming them loads Bouncy Castle's providers (half a second), which the start-up
        // does not wait for (see the constructor).
        static final List<BuiltinSignatures> LISTE = List.of(BuiltinSignatures.ed25519, BuiltinSignatures.nistp256,
                BuiltinSignatures.nistp384, BuiltinSignatures.nistp521, BuiltinSignatures.rsaSHA512,
                BuiltinSignatures.rsaSHA256);
    }

    /** The key types a commune's private key may have: those the algorithms above can sign with. */
    static final List<String> TYPES_DE_CLE = List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521", "ssh-rsa");

    /** The fingerprint this connection accepts; absent when the key is only being read ({@link #releverCle}). */
    private static final AttributeKey<String> ATTENDUE = new AttributeKey<>();
    /** The fingerprint the server presented, for the error message and for {@link #releverCle}. */
    private static final AttributeKey<AtomicReference<CleHote>> PRESENTEE = new AttributeKey<>();
    /** What ended the session before the caller could see it (no common algorithm, a disconnection). */
    private static final AttributeKey<AtomicReference<Throwable>> CAUSE = new AttributeKey<>();

    private static final Pattern NEGOCIATION = Pattern.compile(
            "Unable to negotiate key exchange for (.+?) \\(client: (.*) / server: (.*)\\)");

    private static final org.slf4j.Logger JOURNAL = org.slf4j.LoggerFactory.getLogger(ClientSftp.class);

    private final CompletableFuture<SshClient> client;
    private final Duration delai;
    private final EtatEchanges etats;
    private final java.time.Clock horloge;

    ClientSftp(ProprietesEchanges proprietes, EtatEchanges etats, java.time.Clock horloge) {
        this.etats = etats;
        this.horloge = horloge;
        this.delai = proprietes.delai();
        // Built beside the start-up, on a thread of its own: the first job or screen that connects waits for it.
        this.client = CompletableFuture.supplyAsync(this::creer,
                tache -> Thread.ofPlatform().name("client-sftp").daemon().start(tache));
    }

    private SshClient creer() {
        if (!BuiltinSignatures.ed25519.isSupported()) {
            var erreur = new IllegalStateException("Ed25519 indisponible pour Apache MINA SSHD : Bouncy Castle "
                    + "(bcprov) doit être sur le class path.");
            JOURNAL.error("Client sFTP inutilisable", erreur);
            throw erreur;
        }
        var client = SshClient.setUpDefaultClient();
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setSignatureFactories(new ArrayList<NamedFactory<Signature>>(Algorithmes.LISTE));
        client.setServerKeyVerifier(ClientSftp::verifierCle);
        client.addSessionListener(new CauseDeFermeture());
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, delai);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, delai);
        // A server that stops answering in the middle of a transfer fails the transfer instead of hanging the job.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, delai.multipliedBy(6));
        client.start();
        return client;
    }

    private SshClient client() {
        try {
            return client.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @PreDestroy
    void arreter() throws IOException {
        if (!client.isCompletedExceptionally()) {
            client().stop();
        }
    }

    /** Connects, checks the host key, authenticates and opens the sFTP channel. */
    public ConnexionOuverte ouvrir(ConnexionSftp connexion) throws ErreurSftp {
        if (connexion.empreinteHote() == null) {
            throw new ErreurSftp("La clé d'hôte du serveur sFTP n'est pas enregistrée : les dépôts et la lecture du "
                    + "flux retour attendent que l'administrateur de la plateforme la confirme.");
        }
        List<KeyPair> cles = connexion.parCle() ? ClesPrivees.lire(connexion.secret()) : List.of();
        var presentee = new AtomicReference<CleHote>();
        var cause = new AtomicReference<Throwable>();
        ClientSession session = null;
        try {
            session = connecter(connexion.identifiant(), connexion.hote(), connexion.port(),
                    AttributeRepository.ofAttributesMap(Map.of(ATTENDUE, connexion.empreinteHote(), PRESENTEE,
                            presentee, CAUSE, cause)));
            if (connexion.parCle()) {
                cles.forEach(session::addPublicKeyIdentity);
            } else {
                session.addPasswordIdentity(connexion.secret());
            }
            session.auth().verify(delai);
            etats.cleVue(connexion.codeInsee(), presentee.get(), horloge.instant());
            return new ConnexionOuverte(session, SftpClientFactory.instance().createSftpClient(session),
                    presentee.get());
        } catch (IOException | RuntimeException e) {
            fermer(session);
            etats.cleVue(connexion.codeInsee(), presentee.get(), horloge.instant());
            throw traduire(e, cause.get(), connexion.hote(), connexion.port(), connexion.empreinteHote(),
                    presentee.get());
        }
    }

    /**
     * Reads the host key the server presents, without authenticating (the connection is dropped right after the
     * key exchange). The administrator compares it with what the commune announced before recording it.
     */
    public CleHote releverCle(String hote, int port) throws ErreurSftp {
        var presentee = new AtomicReference<CleHote>();
        var cause = new AtomicReference<Throwable>();
        ClientSession session = null;
        try {
            session = connecter("releve-cle", hote, port,
                    AttributeRepository.ofAttributesMap(Map.of(PRESENTEE, presentee, CAUSE, cause)));
            session.waitFor(java.util.EnumSet.of(ClientSession.ClientSessionEvent.CLOSED,
                    ClientSession.ClientSessionEvent.WAIT_AUTH), delai);
        } catch (IOException | RuntimeException e) {
            if (presentee.get() == null) {
                throw traduire(e, cause.get(), hote, port, null, null);
            }
        } finally {
            fermer(session);
        }
        if (presentee.get() == null) {
            if (cause.get() != null) {
                throw traduire(cause.get(), cause.get(), hote, port, null, null);
            }
            throw new ErreurSftp("Le serveur " + hote + ":" + port + " n'a présenté aucune clé d'hôte dans le délai de "
                    + delai.toSeconds() + " s.");
        }
        return presentee.get();
    }

    private ClientSession connecter(String identifiant, String hote, int port, AttributeRepository contexte)
            throws IOException {
        return client().connect(identifiant, hote, port, contexte, null).verify(delai).getSession();
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

    private ErreurSftp traduire(Throwable e, Throwable cause, String hote, int port, String attendue,
            CleHote presentee) {
        String serveur = hote + ":" + port;
        if (attendue != null && presentee != null && !attendue.equals(presentee.empreinte())) {
            return new ErreurSftp.CleHoteRefusee("Clé d'hôte refusée : le serveur " + serveur + " présente la clé "
                    + presentee.type() + " " + presentee.empreinte() + " au lieu de " + attendue + " enregistrée. "
                    + "Connexion interrompue avant l'authentification, rien n'est envoyé. La plateforme négocie, "
                    + "dans cet ordre, " + typesDeCleHote() + " : l'empreinte à enregistrer est celle de la première "
                    + "clé que le serveur possède. Si la commune a changé de serveur ou de clé, relevez et confirmez "
                    + "la nouvelle.", e, presentee);
        }
        var negociation = negociation(cause, e);
        if (negociation != null) {
            return negociation;
        }
        Throwable racine = e;
        while (racine.getCause() != null && racine.getCause() != racine) {
            if (racine instanceof UnresolvedAddressException || racine instanceof UnknownHostException
                    || racine instanceof ConnectException || racine instanceof NoRouteToHostException) {
                break;
            }
            racine = racine.getCause();
        }
        if (racine instanceof UnresolvedAddressException || racine instanceof UnknownHostException) {
            return new ErreurSftp("Serveur sFTP introuvable : le nom « " + hote + " » n'existe pas.", e);
        }
        if (racine instanceof ConnectException || racine instanceof NoRouteToHostException) {
            return new ErreurSftp("Connexion impossible à " + serveur + " : serveur arrêté, port fermé ou "
                    + "filtré.", e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("No more authentication methods") || message.contains("authentication")) {
            return new ErreurSftp("Authentification refusée par " + serveur + " : vérifiez l'identifiant et le mot "
                    + "de passe ou la clé privée (et qu'elle figure dans authorized_keys).", e);
        }
        if (message.toLowerCase(Locale.ROOT).contains("timeout")
                || message.toLowerCase(Locale.ROOT).contains("timed out")) {
            return new ErreurSftp("Le serveur " + serveur + " ne répond pas (délai de " + delai.toSeconds()
                    + " s dépassé).", e);
        }
        return new ErreurSftp("Échec de la connexion sFTP à " + serveur + " : " + message, e);
    }

    /** No algorithm in common (host key type, key exchange, cipher…): says which, and what each side offers. */
    private static ErreurSftp negociation(Throwable... causes) {
        for (Throwable cause : causes) {
            for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
                var m = t.getMessage() == null ? null : NEGOCIATION.matcher(t.getMessage());
                if (m != null && m.find()) {
                    if (m.group(1).equals(KexProposalOption.SERVERKEYS.getDescription())) {
                        return new ErreurSftp("Aucun type de clé d'hôte commun : le serveur ne propose que « "
                                + m.group(3) + " » ; la plateforme accepte " + typesDeCleHote() + ". Ajoutez au "
                                + "serveur une clé Ed25519 (ssh-keygen -A crée les clés manquantes) ; « ssh-rsa » "
                                + "(signature SHA-1) est refusé, comme par OpenSSH depuis la version 8.8.", t);
                    }
                    return new ErreurSftp("Aucun algorithme commun avec le serveur pour « " + m.group(1)
                            + " » : le serveur propose « " + m.group(3) + " », la plateforme « " + m.group(2) + " ».",
                            t);
                }
            }
        }
        return null;
    }

    /** "ssh-ed25519, ecdsa-sha2-nistp256, …": the accepted types, in the order the platform negotiates them. */
    public static String typesDeCleHote() {
        return String.join(", ", Algorithmes.LISTE.stream().map(BuiltinSignatures::getName).toList());
    }

    private static void fermer(ClientSession session) {
        if (session != null) {
            session.close(true);
        }
    }

    /** Keeps what closed a session during the key exchange: the caller only sees "closed" otherwise. */
    private static final class CauseDeFermeture implements SessionListener {

        @Override
        public void sessionNegotiationEnd(Session session, Map<KexProposalOption, String> clientProposal,
                Map<KexProposalOption, String> serverProposal, Map<KexProposalOption, String> negotiatedOptions,
                Throwable reason) {
            garder(session, reason);
        }

        @Override
        public void sessionException(Session session, Throwable t) {
            garder(session, t);
        }

        @Override
        public void sessionDisconnect(Session session, int reason, String msg, String language, boolean initiator) {
            if (!initiator && msg != null && !msg.isBlank()) {
                garder(session, new IOException("Le serveur a mis fin à la connexion : " + msg));
            }
        }

        private static void garder(Session session, Throwable t) {
            if (t != null && session instanceof ClientSession client && client.getConnectionContext() != null) {
                var cause = client.getConnectionContext().getAttribute(CAUSE);
                if (cause != null) {
                    cause.compareAndSet(null, t);
                }
            }
        }
    }

    /** A commune's private key, read before connecting so that a key the platform cannot use is named as such. */
    static final class ClesPrivees {

        private ClesPrivees() {
        }

        static List<KeyPair> lire(String texte) throws ErreurSftp {
            String cle = texte.strip();
            if (cle.contains("ENCRYPTED") || OpenSsh.chiffree(cle)) {
                throw new ErreurSftp.CleIllisible("La clé privée enregistrée est protégée par une phrase de passe : "
                        + "la plateforme ne peut pas l'utiliser. Fournissez une clé sans phrase de passe (ssh-keygen "
                        + "-t ed25519 -N \"\"), réservée à ce compte.", null);
            }
            Iterable<KeyPair> lues;
            try {
                lues = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("cle-privee-commune"),
                        new ByteArrayInputStream(cle.getBytes(StandardCharsets.UTF_8)), null);
            } catch (LoginException e) {
                throw new ErreurSftp.CleIllisible("La clé privée enregistrée est protégée par une phrase de passe : "
                        + "la plateforme ne peut pas l'utiliser.", e);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new ErreurSftp.CleIllisible("La clé privée enregistrée est illisible (" + e.getMessage()
                        + ") : formats acceptés : OpenSSH (-----BEGIN OPENSSH PRIVATE KEY-----) ou PEM (PKCS#1, "
                        + "PKCS#8), sans phrase de passe, de type " + String.join(", ", TYPES_ACCEPTES) + ".", e);
            }
            var cles = new ArrayList<KeyPair>();
            if (lues != null) {
                lues.forEach(cles::add);
            }
            if (cles.isEmpty()) {
                throw new ErreurSftp.CleIllisible("La clé privée enregistrée n'est pas dans un format accepté : "
                        + "OpenSSH (-----BEGIN OPENSSH PRIVATE KEY-----) ou PEM (PKCS#1, PKCS#8), sans phrase de "
                        + "passe" + (cle.startsWith("PuTTY-User-Key-File") ? " ; une clé PuTTY (.ppk) se convertit "
                                + "avec puttygen cle.ppk -O private-openssh-new -o cle" : "") + ".", null);
            }
            for (KeyPair paire : cles) {
                String type = KeyUtils.getKeyType(paire);
                if (type == null || !TYPES_DE_CLE.contains(type)) {
                    throw new ErreurSftp.CleIllisible("La clé privée enregistrée est de type « "
                            + (type == null ? paire.getPublic().getAlgorithm() : type) + " », que la plateforme "
                            + "n'accepte pas : types acceptés : " + String.join(", ", TYPES_ACCEPTES) + ".", null);
                }
            }
            return cles;
        }

        private static final List<String> TYPES_ACCEPTES = List.of("Ed25519", "ECDSA (P-256, P-384, P-521)",
                "RSA");
    }

    /** Just enough of OpenSSH's private key format to tell a key protected by a passphrase. */
    static final class OpenSsh {

        private static final String DEBUT = "-----BEGIN OPENSSH PRIVATE KEY-----";
        private static final String FIN = "-----END OPENSSH PRIVATE KEY-----";
        private static final byte[] MAGIE = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

        private OpenSsh() {
        }

        /** The key names a cipher other than "none" (see PROTOCOL.key in OpenSSH's sources). */
        static boolean chiffree(String cle) {
            int debut = cle.indexOf(DEBUT);
            int fin = cle.indexOf(FIN);
            if (debut < 0 || fin < debut) {
                return false;
            }
            byte[] octets;
            try {
                octets = java.util.Base64.getMimeDecoder().decode(cle.substring(debut + DEBUT.length(), fin));
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (octets.length < MAGIE.length + 4
                    || !java.util.Arrays.equals(octets, 0, MAGIE.length, MAGIE, 0, MAGIE.length)) {
                return false;
            }
            var tampon = java.nio.ByteBuffer.wrap(octets, MAGIE.length, octets.length - MAGIE.length);
            int longueur = tampon.getInt();
            if (longueur < 0 || longueur > tampon.remaining()) {
                return false;
            }
            byte[] chiffre = new byte[longueur];
            tampon.get(chiffre);
            return !"none".equals(new String(chiffre, StandardCharsets.US_ASCII));
        }
    }

    /** A host key as {@code ssh-keygen -l} shows it: its type and its SHA-256 fingerprint ("SHA256:…"). */
    public record CleHote(String type, String empreinte) implements java.io.Serializable {
    }
}
