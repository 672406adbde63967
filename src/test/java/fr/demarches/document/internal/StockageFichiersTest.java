package fr.demarches.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import fr.demarches.document.StockageContenus;
import fr.demarches.test.TestIntegration;

import org.springframework.beans.factory.annotation.Autowired;

/** The contract of {@link ContratStockage} on the local disk, the suite's (and the default) store. */
@TestIntegration
class StockageFichiersTest extends ContratStockage {

    @Autowired
    StockageContenus stockageDuContexte;

    @Override
    StockageContenus stockageVide() {
        return stockageDuContexte;
    }

    @Override
    List<String> contenus() {
        if (!Files.exists(proprietes.dossier())) {
            return List.of();
        }
        try (Stream<Path> chemins = Files.walk(proprietes.dossier())) {
            return chemins.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> StockageFichiers.EMPREINTE.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
