package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.BindParamNameResolver;

class NomsParametresFormulairesTest {

    record Formulaire(String nom, @BindParam("date-naissance") String dateNaissance) {
    }

    @Test
    void eachParameterIsLookedUpOnceAndBindsFromItsNameOrItsBindParam() {
        List<String> recherches = new ArrayList<>();
        var spring = new BindParamNameResolver();
        var noms = new NomsParametresFormulaires(parametre -> {
            recherches.add(parametre.getParameterName());
            return spring.resolveName(parametre);
        });
        var envoi = Map.of("nom", "Martin", "date-naissance", "1990-07-14", "dateNaissance", "ignorée");

        for (int i = 0; i < 3; i++) {
            var liaison = new WebDataBinder(null, "formulaire");
            liaison.setTargetType(ResolvableType.forClass(Formulaire.class));
            noms.nommer(liaison);
            liaison.construct(new DataBinder.ValueResolver() {
                @Override
                public Object resolveValue(String nom, Class<?> type) {
                    return envoi.get(nom);
                }

                @Override
                public Set<String> getNames() {
                    return envoi.keySet();
                }
            });

            assertThat(liaison.getTarget()).isEqualTo(new Formulaire("Martin", "1990-07-14"));
        }
        assertThat(recherches).containsExactly("nom", "dateNaissance");
    }
}
