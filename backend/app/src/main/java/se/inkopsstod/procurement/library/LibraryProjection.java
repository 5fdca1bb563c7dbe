package se.inkopsstod.procurement.library;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The library as buyers search it, with every revision kept. */
@Component
@ProcessingGroup("procurement-library")
class LibraryProjection {

    static final String LIST_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    LibraryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TemplateCreatedEvent event, @Timestamp Instant at) {
        TemplateContent c = event.content();
        jdbc.sql("""
                        insert into library_template (template_id, key, revision, title_sv, title_en, text, kind, default_weight,
                               category, verification_method, school_processes, references_cited, updated_at)
                        values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.templateId().value(), event.key(), c.titleSv(), c.titleEn(), c.text(), c.kind().name(),
                        c.defaultWeight(), c.category().name(), c.verificationMethod(),
                        String.join(LIST_SEPARATOR, c.schoolProcesses()), String.join(LIST_SEPARATOR, c.references()),
                        java.sql.Timestamp.from(at))
                .update();
        revision(event.templateId().value(), 1, c, at);
    }

    @EventHandler
    void on(TemplateRevisedEvent event, @Timestamp Instant at) {
        TemplateContent c = event.content();
        jdbc.sql("""
                        update library_template set revision = ?, title_sv = ?, title_en = ?, text = ?, kind = ?, default_weight = ?,
                               category = ?, verification_method = ?, school_processes = ?, references_cited = ?, updated_at = ?
                         where template_id = ?""")
                .params(event.revision(), c.titleSv(), c.titleEn(), c.text(), c.kind().name(), c.defaultWeight(),
                        c.category().name(), c.verificationMethod(), String.join(LIST_SEPARATOR, c.schoolProcesses()),
                        String.join(LIST_SEPARATOR, c.references()), java.sql.Timestamp.from(at), event.templateId().value())
                .update();
        revision(event.templateId().value(), event.revision(), c, at);
    }

    @EventHandler
    void on(TemplateRetiredEvent event, @Timestamp Instant at) {
        jdbc.sql("update library_template set retired = true, updated_at = ? where template_id = ?")
                .params(java.sql.Timestamp.from(at), event.templateId().value()).update();
    }

    private void revision(String templateId, int revision, TemplateContent c, Instant at) {
        jdbc.sql("insert into library_template_revision (template_id, revision, title_sv, text, revised_at) values (?, ?, ?, ?, ?)")
                .params(templateId, revision, c.titleSv(), c.text(), java.sql.Timestamp.from(at)).update();
    }
}
