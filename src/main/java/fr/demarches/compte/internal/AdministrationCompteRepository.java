package fr.demarches.compte.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.compte.CompteVue;
import fr.demarches.compte.Espace;
import fr.demarches.compte.TypeCompte;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** The queries of the administration screens (a second repository on the same entity keeps Compte's own small). */
public interface AdministrationCompteRepository extends JpaRepository<Compte, UUID> {

    String VUE = "select new fr.demarches.compte.CompteVue(c.id, c.type, c.identifiant, c.nom, c.prenoms, "
            + "c.communeInsee, c.uniteId, c.qualite, c.habilitationFin, c.actif, "
            + "case when c.motDePasse is not null then true else false end) from Compte c ";

    /** By portal too: the index (espace, identifiant) serves it in order, the type alone read the whole table. */
    @Query(VUE + "where c.espace = ?1 and c.type = ?2 order by c.identifiant")
    List<CompteVue> vuesParType(Espace espace, TypeCompte type);

    @Query(VUE + "where c.type = ?1 and c.communeInsee = ?2 order by c.identifiant")
    List<CompteVue> vuesParTypeEtCommune(TypeCompte type, String communeInsee);

    @Query(VUE + "where c.uniteId = ?1 order by c.nom, c.prenoms")
    List<CompteVue> vuesParUnite(UUID uniteId);

    @Query(VUE + "where c.id = ?1")
    Optional<CompteVue> vue(UUID id);

    Optional<Compte> findByEspaceAndIdentifiant(Espace espace, String identifiant);

    /** Locks the active administrators, so that two disabling at once cannot leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Compte c where c.type = fr.demarches.compte.TypeCompte.ADMIN_PLATEFORME and c.actif = true")
    List<Compte> verrouillerAdministrateursActifs();
}
