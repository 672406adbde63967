package fr.demarches.procuration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;

class FormulaireProcurationTest {

    @Test
    void theConstructorThatBindsEachPostCarriesNoAnnotationWhileTheComponentsKeepTheirConstraints() throws Exception {
        var types = Arrays.stream(FormulaireProcuration.class.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        var constructeur = FormulaireProcuration.class.getDeclaredConstructor(types);

        assertThat(Arrays.stream(constructeur.getParameterAnnotations()).mapToInt(a -> a.length).sum()).isZero();
        var vide = FormulaireProcuration.vide();
        var long101 = "D".repeat(101);
        var formulaire = new FormulaireProcuration(vide.codePostal(), vide.communeInsee(), vide.nneMandant(), long101,
                vide.nomUsage(), "Jeanne\u0007", vide.dateNaissance(), vide.lieuNaissance(), vide.modeMandataire(),
                vide.nneMandataire(), vide.dateNaissanceMandataire(), vide.nomNaissanceMandataire(),
                vide.prenomsMandataire(), vide.codePostalMandataire(), vide.communeMandataire(), vide.portee(),
                vide.debut(), vide.fin());
        try (var usine = Validation.buildDefaultValidatorFactory()) {
            assertThat(usine.getValidator().validate(formulaire)).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("nomNaissance", "prenoms");
        }
    }
}
