package fr.demarches.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts the few secrets the platform must be able to read back (a commune's sFTP password or private key)
 * with AES-256-GCM. The key comes from {@code app.chiffrement.cle} (32 bytes, base64, see {@link
 * ProprietesChiffrement}); only the demo and test profiles have one, so a production start without it fails at once
 * rather than storing secrets in clear.
 * Stored form: a 12-byte random nonce followed by the ciphertext and its tag.
 */
@Component
public class Chiffrement {

    private static final SecureRandom ALEA = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec cle;

    Chiffrement(ProprietesChiffrement proprietes) {
        String cleBase64 = proprietes.cle();
        byte[] octets;
        try {
            octets = Base64.getDecoder().decode(cleBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("app.chiffrement.cle n'est pas du base64 valide", e);
        }
        if (octets.length != 32) {
            throw new IllegalStateException(
                    "app.chiffrement.cle doit contenir 32 octets en base64 (openssl rand -base64 32)");
        }
        cle = new SecretKeySpec(octets, "AES");
    }

    public byte[] chiffrer(String clair) {
        try {
            byte[] nonce = new byte[NONCE];
            ALEA.nextBytes(nonce);
            var aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, cle, new GCMParameterSpec(128, nonce));
            byte[] chiffre = aes.doFinal(clair.getBytes(StandardCharsets.UTF_8));
            byte[] resultat = Arrays.copyOf(nonce, NONCE + chiffre.length);
            System.arraycopy(chiffre, 0, resultat, NONCE, chiffre.length);
            return resultat;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement impossible", e);
        }
    }

    public String dechiffrer(byte[] stocke) {
        try {
            var aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, cle, new GCMParameterSpec(128, stocke, 0, NONCE));
            return new String(aes.doFinal(stocke, NONCE, stocke.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Déchiffrement impossible (clé changée ?)", e);
        }
    }
}
