package fr.demarches.compte;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.internal.AdministrationCompteRepository;
import fr.demarches.compte.internal.Compte;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a commune administrator does to the agent accounts of their own commune: list, create (the agent sets the
 * password through an e-mailed link), disable, re-enable, reset the password. {@code commune} is always the
 * administrator's own: an agent of another commune, like an unknown id, is {@link AgentIntrouvableException}.
 * Every change is journaled in the same transaction.
 */
@Service
@Transactional
public class AgentsCommune {

    private final AdministrationCompteRepository comptes;
    private final AdministrationComptes administration;
    private final JournalAudit journal;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    AgentsCommune(AdministrationCompteRepository comptes, AdministrationComptes administration, JournalAudit journal,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.comptes = comptes;
        this.administration = administration;
        this.journal = journal;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public List<CompteVue> agents(String commune) {
        return comptes.vuesParTypeEtCommune(TypeCompte.AGENT_COMMUNE, commune);
    }

    /**
     * Opens an agent account without a password and sends the set-password link. Refused with
     * {@link RefusCompte.IdentifiantPris} when the address is already the identifier of a Gestionnaire de Suivi account.
     */
    public UUID creer(String commune, String courriel, String nom, String prenoms, Acteur acteur) {
        if (administration.existe(Espace.MAIRIE, courriel)) {
            throw new RefusCompte.IdentifiantPris("Un compte du Gestionnaire de Suivi existe déjà avec l'adresse " + courriel + ".");
        }
        var agent = comptes.save(Compte.mairie(TypeCompte.AGENT_COMMUNE, courriel, null, nom, prenoms, commune,
                horloge.instant()));
        tracer(acteur, "COMPTE_CREE", agent);
        demanderLien(agent, false);
        return agent.getId();
    }

    /** The agent's open sessions end with it (the database ends them, V214). */
    public void desactiver(UUID id, String commune, Acteur acteur) {
        var agent = agent(id, commune);
        agent.desactiver();
        tracer(acteur, "COMPTE_DESACTIVE", agent);
    }

    public void reactiver(UUID id, String commune, Acteur acteur) {
        var agent = agent(id, commune);
        agent.reactiver();
        tracer(acteur, "COMPTE_REACTIVE", agent);
    }

    /**
     * Removes the password (which also ends the agent's open sessions) and sends a new link. A disabled account is
     * re-enabled first by its own action, so that a reset never silently reopens it.
     */
    public void reinitialiserMotDePasse(UUID id, String commune, Acteur acteur) {
        var agent = agent(id, commune);
        if (!agent.isActif()) {
            throw new RefusCompte("Ce compte est désactivé : réactivez-le avant de réinitialiser son mot de passe.");
        }
        agent.changerMotDePasse(null);
        tracer(acteur, "MOT_DE_PASSE_REINITIALISE", agent);
        demanderLien(agent, true);
    }

    private Compte agent(UUID id, String commune) {
        return comptes.findById(id)
                .filter(c -> c.getType() == TypeCompte.AGENT_COMMUNE && commune.equals(c.getCommuneInsee()))
                .orElseThrow(AgentIntrouvableException::new);
    }

    private void tracer(Acteur acteur, String action, Compte agent) {
        journal.enregistrer(acteur.entree(action, "COMPTE", agent.getId().toString(),
                "Agent de la commune " + agent.getCommuneInsee() + " : " + agent.getIdentifiant()));
    }

    private void demanderLien(Compte agent, boolean reinitialisation) {
        evenements.publishEvent(new LienMotDePasseDemande(agent.getId(), agent.getIdentifiant(),
                agent.getType().espace(), agent.nomAffiche(), reinitialisation));
    }
}
