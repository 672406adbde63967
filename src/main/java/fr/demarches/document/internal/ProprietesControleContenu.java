package fr.demarches.document.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.documents.controle.*}: the bounds of the structure check of uploads (see {@link ControleContenu}) —
 * time per file, files checked at once, PDFBox's scratch memory per PDF, largest image in pixels.
 */
@Validated
@ConfigurationProperties("app.documents.controle")
public record ProprietesControleContenu(@NotNull Duration delai, @Min(1) int paralleles, @NotNull DataSize memoirePdf,
        @Min(1) long pixelsMax) {
}
