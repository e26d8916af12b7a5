package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.i18n.EveryLanguage;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz of the admin's services and desks through {@link QueueAdministration}: the ticket letter, the names and
 * hints in every language, a desk's name. Each try is rolled back. A service or desk is saved with exactly the
 * texts the rule allows or refused with an {@code admin.error.*} key; a ticket of the service prints without a
 * stray control byte and the statistics CSV, which carries the service's name, starts no formula.
 */
@KioskTest
class QueueInputFuzzProperties extends ServiceProperties {

    @Autowired
    QueueAdministration administration;
    @Autowired
    TicketService tickets;
    @Autowired
    QueueStatistics statistics;

    @Property(tries = 600)
    void a_service_with_any_names_and_hints_is_saved_as_typed_or_refused_and_its_ticket_prints_clean(
            @ForAll("prefixes") String prefix, @ForAll("texts") List<String> texts, @ForAll("languages") Language language) {
        List<String> columns = FuzzChecks.localizedColumns("name", "hint");
        int languages = Language.writtenTexts().size();
        boolean acceptable = prefix.strip().matches("[A-Z]{1,2}") && administration.queues().stream()
                .noneMatch(q -> q.prefix().equals(prefix.strip()))
                && texts.subList(0, Language.staffPages().size()).stream().noneMatch(String::isBlank);
        for (int i = 0; i < columns.size(); i++) {
            acceptable &= FuzzChecks.acceptable(texts.get(i), columnLength("service_queue",
                    columns.get(i)), false);
        }
        boolean expected = acceptable;
        Statistics.collect(expected ? "saved, ticket printed" : "refused");
        rolledBack(() -> {
            long[] id = new long[1];
            QueueAdministration.Rejected rejected = catchThrowableOfType(QueueAdministration.Rejected.class,
                    () -> id[0] = administration.save(new ServiceQueue(0, prefix,
                            FuzzChecks.localized(texts.subList(0, languages)),
                            FuzzChecks.localized(texts.subList(languages, 2 * languages)), true, 99, false, null, null,
                            null)));
            if (!expected) {
                assertThat(rejected).as("refusal of texts that break the rule").isNotNull();
                assertThat(rejected.messageKey()).startsWith("admin.error.");
                return;
            }
            assertThat(rejected).as("refusal of texts the rule accepts").isNull();
            ServiceQueue saved = administration.queues().stream().filter(q -> q.id() == id[0]).findFirst().orElseThrow();
            List<String> stored = FuzzChecks.inEveryLanguage(saved.name(), saved.hint());
            for (int i = 0; i < columns.size(); i++) {
                FuzzChecks.assertStored(stored.get(i), FuzzChecks.cleaned(texts.get(i), false),
                        columnLength("service_queue", columns.get(i)), false);
            }
            TakenTicket ticket = tickets.take(saved.id(), false, language.locale());
            assertPrintable(ticket.ticket().printJobId());
            LocalDate today = LocalDate.now(clock);
            List<List<String>> csv = FuzzChecks.assertNoFormula(statistics.csv(statistics.days(today, today)));
            assertThat(csv).anySatisfy(row -> assertThat(row.get(2)).isEqualTo(saved.prefix()));
        });
    }

    @Property(tries = 400)
    void a_desk_with_any_name_is_saved_as_typed_or_refused(@ForAll("names") String name) {
        String cleaned = FuzzChecks.cleaned(name, false);
        boolean taken = administration.desks().stream().anyMatch(d -> d.name().equals(cleaned));
        boolean acceptable = !cleaned.isEmpty() && !taken
                && FuzzChecks.acceptable(name, columnLength("desk", "name"), false);
        Statistics.collect(acceptable ? "saved" : "refused");
        rolledBack(() -> {
            long[] id = new long[1];
            QueueAdministration.Rejected rejected = catchThrowableOfType(QueueAdministration.Rejected.class,
                    () -> id[0] = administration.save(new Desk(0, name, null, true)));
            if (!acceptable) {
                assertThat(rejected).as("refusal of a name that breaks the rule").isNotNull();
                assertThat(rejected.messageKey()).isIn("admin.error.desk-name", "admin.error.desk-taken",
                        "admin.error.characters");
                return;
            }
            assertThat(rejected).as("refusal of a name the rule accepts").isNull();
            Desk saved = administration.desks().stream().filter(d -> d.id() == id[0]).findFirst().orElseThrow();
            FuzzChecks.assertStored(saved.name(), cleaned, columnLength("desk", "name"), false);
        });
    }

    @Example
    void a_service_name_longer_than_its_column_is_refused_instead_of_a_database_error() {
        rolledBack(() -> {
            QueueAdministration.Rejected rejected = catchThrowableOfType(QueueAdministration.Rejected.class,
                    () -> administration.save(new ServiceQueue(0, "QZ", new LocalizedText(Map.of(Language.FI, "Digituki",
                            Language.SV, "Digistöd", Language.EN, "Digital", Language.UK, "Цифрова".repeat(12))),
                            LocalizedText.EMPTY, true, 99, false, null, null, null)));
            assertThat(rejected.messageKey()).isEqualTo("admin.error.too-long");
            assertThat(rejected.refusal().orElseThrow().fieldKey()).isEqualTo("admin.service.name");
            assertThat(rejected.refusal().orElseThrow().language()).isEqualTo(Language.UK);
        });
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(85, Arbitraries.of("QZ", "ZQ", "XY", " YX ")),
                net.jqwik.api.Tuple.of(15, FuzzText.anyText()));
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.oneOf(FuzzText.plain(1, 30), FuzzText.anyText()).list()
                .ofSize(2 * Language.writtenTexts().size());
    }

    @Provide
    Arbitrary<String> names() {
        return FuzzText.anyText();
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.class);
    }

    @Example
    void a_services_name_and_hint_are_stored_and_read_back_in_every_language() {
        rolledBack(() -> {
            long id = administration.save(new ServiceQueue(0, "QY", EveryLanguage.text("Digituki"),
                    EveryLanguage.text("Apua puhelimen kanssa"), true, 99, false, null, null, null));
            ServiceQueue saved = administration.queues().stream().filter(q -> q.id() == id).findFirst().orElseThrow();
            assertThat(saved.name()).isEqualTo(EveryLanguage.text("Digituki"));
            assertThat(saved.hint()).isEqualTo(EveryLanguage.text("Apua puhelimen kanssa"));
        });
    }
}
