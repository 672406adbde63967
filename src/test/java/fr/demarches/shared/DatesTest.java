package fr.demarches.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void readsWhatADateFieldSendsAndWhatIsTyped() {
        assertThat(Dates.lire("2027-06-12")).isEqualTo(LocalDate.of(2027, 6, 12));
        assertThat(Dates.lire(" 12/06/2027 ")).isEqualTo(LocalDate.of(2027, 6, 12));
    }

    @Test
    void refusesADayTheCalendarDoesNotHave() {
        assertThatThrownBy(() -> Dates.lire("31/02/2027")).isInstanceOf(DateTimeParseException.class);
        // Years Java reads but the database or date arithmetic refuse: a 500 further on, a field error here.
        assertThatThrownBy(() -> Dates.lire("+999999999-12-31")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.lire("01/01/0000")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Dates.lire("12-06-2027")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void writesAnInstantAsTheDayAndTimeInParis() {
        // 22:30 UTC on 11 June is already 12 June in Paris (summer time, UTC+2).
        Instant instant = Instant.parse("2027-06-11T22:30:05Z");
        assertThat(Dates.JOUR.format(instant)).isEqualTo("12/06/2027");
        assertThat(Dates.JOUR_HEURE.format(instant)).isEqualTo("12/06/2027 à 00:30");
        assertThat(Dates.JOUR_HEURE_SECONDES.format(instant)).isEqualTo("12/06/2027 à 00:30:05");
        assertThat(Dates.JOUR.format(LocalDate.of(2027, 1, 3))).isEqualTo("03/01/2027");
    }
}
