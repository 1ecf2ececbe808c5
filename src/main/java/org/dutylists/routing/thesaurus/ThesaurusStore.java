package org.dutylists.routing.thesaurus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dutylists.kernel.AdvisoryLocks;
import org.dutylists.kernel.Checksums;
import org.dutylists.kernel.DataRevisions;

/** The thesaurus in the database: each load is a version, and routing reads the newest. */
@ApplicationScoped
public class ThesaurusStore {
    @Inject
    EntityManager entityManager;

    @Inject
    DataRevisions revisions;

    /** What loading a file did. */
    public record Load(long versionId, int entries, boolean changed) {
    }

    /**
     * Loads the file's text as a new version unless the newest version has the same checksum. The text is parsed
     * before anything is written: a file with a syntax error changes nothing.
     */
    @Transactional
    public Load load(String sourceName, String text) {
        List<ThesaurusFormat.Entry> entries = ThesaurusFormat.parse(text);
        AdvisoryLocks.lock(entityManager, "thesaurus");
        String checksum = Checksums.sha256(text);
        Optional<ThesaurusVersionEntity> newest = newestVersion();
        if (newest.isPresent() && newest.get().checksum.equals(checksum)) {
            return new Load(newest.get().id, newest.get().entryCount, false);
        }
        ThesaurusVersionEntity version = new ThesaurusVersionEntity();
        version.sourceName = sourceName;
        version.checksum = checksum;
        version.text = text;
        version.entryCount = entries.size();
        version.loadedAt = OffsetDateTime.now();
        version.persist();
        entityManager.flush();
        for (ThesaurusFormat.Entry entry : entries) {
            ThesaurusEntryEntity row = new ThesaurusEntryEntity();
            row.versionId = version.id;
            row.line = entry.line();
            row.phrases = entry.phrases().toArray(String[]::new);
            // An outside row keeps OUTSIDE as its term: a replica of the release before outside phrases would read
            // a row without terms as a filler and delete 快递 from requests; it reads this one as an unknown term.
            row.terms = entry.outside() ? new String[] {ThesaurusFormat.OUTSIDE} : entry.terms().toArray(String[]::new);
            row.equivalent = entry.equivalent();
            row.outside = entry.outside();
            row.persist();
        }
        revisions.bump(DataRevisions.THESAURUS);
        return new Load(version.id, entries.size(), true);
    }

    /** The newest version, ready to apply; empty when none was loaded yet. */
    @Transactional
    public Thesaurus current() {
        Optional<ThesaurusVersionEntity> newest = newestVersion();
        if (newest.isEmpty()) {
            return Thesaurus.EMPTY;
        }
        List<ThesaurusFormat.Entry> entries = ThesaurusEntryEntity.<ThesaurusEntryEntity>list(
                "versionId = ?1 order by line", newest.get().id).stream()
                .map(e -> new ThesaurusFormat.Entry(e.line, Arrays.asList(e.phrases),
                        e.outside ? List.of() : Arrays.asList(e.terms), e.equivalent, e.outside))
                .toList();
        return new Thesaurus(newest.get().id, entries);
    }

    private Optional<ThesaurusVersionEntity> newestVersion() {
        return ThesaurusVersionEntity.<ThesaurusVersionEntity>find("order by id desc").firstResultOptional();
    }
}
