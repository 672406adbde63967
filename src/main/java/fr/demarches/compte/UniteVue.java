package fr.demarches.compte;

import java.util.UUID;

public record UniteVue(UUID id, TypeUnite type, String nom, String adresse, String departement, boolean active) {
}
