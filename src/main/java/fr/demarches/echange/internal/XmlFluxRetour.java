package fr.demarches.echange.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A flux retour file, element for element {@code xsd/flux-retour.xsd}: one dossier, its events in order (HubEE
 * STATUS_UPDATE and ATTACH_DEPOSIT). Read only after the file passed the schema, so required parts are there.
 */
@XmlRootElement(name = "FluxRetour")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"identifiant", "numeroTeledossier", "evenements"})
class XmlFluxRetour {

    @XmlAttribute(name = "version")
    String version = "1.0";
    @XmlElement(name = "Identifiant", required = true)
    String identifiant;
    @XmlElement(name = "NumeroTeledossier", required = true)
    String numeroTeledossier;
    @XmlElements({
        @XmlElement(name = "MiseAJourStatut", type = MiseAJourStatut.class),
        @XmlElement(name = "DepotPieceJointe", type = DepotPieceJointe.class)
    })
    List<Object> evenements = new ArrayList<>();

    /** The files next to this one that its deposits name, in order. */
    List<String> fichiersJoints() {
        return evenements.stream().filter(DepotPieceJointe.class::isInstance).map(DepotPieceJointe.class::cast)
                .map(d -> d.fichierJoint).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** HubEE STATUS_UPDATE: the new status of the case and the message for the citizen. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"statut", "message"})
    static class MiseAJourStatut {
        @XmlAttribute(name = "typeAction")
        String typeAction;
        @XmlElement(name = "Statut", required = true)
        String statut;
        @XmlElement(name = "Message")
        String message;
    }

    /** HubEE ATTACH_DEPOSIT: a PDF for the citizen, in the file or next to it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"typeDocument", "nomDocument", "contenuBase64", "fichierJoint"})
    static class DepotPieceJointe {
        @XmlAttribute(name = "typeAction")
        String typeAction;
        @XmlElement(name = "TypeDocument", required = true)
        String typeDocument;
        @XmlElement(name = "NomDocument", required = true)
        String nomDocument;
        @XmlElement(name = "ContenuBase64")
        byte[] contenuBase64;
        @XmlElement(name = "FichierJoint")
        String fichierJoint;
    }
}
