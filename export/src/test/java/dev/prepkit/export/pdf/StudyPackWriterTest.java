package dev.prepkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyPackWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static final Pattern NUMBER = Pattern.compile("\\d+\\. (EASY|MEDIUM|HARD|UNRATED)");

    private final StudyPackWriter writer = new StudyPackWriter();
    private Bank big;
    private byte[] bigPdf;
    private PackReader bigPack;

    @BeforeAll
    void renderTheBigBank() {
        List<Guide> guides = new ArrayList<>(TestBanks.synthetic(2, 5, 4, 25).guides());
        guides.add(TestBanks.awkward());
        big = new Bank(guides);
        bigPdf = writer.render(big, options());
        bigPack = new PackReader(bigPdf);
    }

    private static PackOptions options() {
        return PackOptions.defaults("Netflix Study Pack", "Netflix").withRole("Software Engineer")
                .withContentDate(DATE);
    }

    @Test
    void theBigBankHoldsAThousandQuestionsAndMore() {
        assertThat(big.entries()).hasSize(1000 + 4 + 3);
    }

    @Test
    void everySelectedQuestionAppearsExactlyOnceInOrderWithItsNumber() {
        List<Bank.Entry> entries = big.entries();
        List<String> expectedNumbers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            expectedNumbers.add((i + 1) + ". " + Badge.of(entries.get(i).question().difficulty()).word);
        }
        List<String> numbers = new ArrayList<>();
        for (int p = 1; p <= bigPack.pages(); p++) {
            for (String line : bigPack.bodyLines(p)) {
                Matcher m = NUMBER.matcher(line);
                if (m.lookingAt()) {
                    numbers.add(m.group());
                }
            }
        }
        assertThat(numbers).containsExactlyElementsOf(expectedNumbers);

        String all = bigPack.squashedBody();
        int at = 0;
        for (int i = 0; i < entries.size(); i++) {
            String text = PackReader.squash(printable(entries.get(i).question().text()));
            int found = all.indexOf(text, at);
            assertThat(found).as("text of question %d after offset %d", i + 1, at).isGreaterThanOrEqualTo(0);
            assertThat(all.indexOf(text)).as("an earlier copy of question %d", i + 1).isEqualTo(found);
            assertThat(all.indexOf(text, found + 1)).as("a later copy of question %d", i + 1).isEqualTo(-1);
            assertThat(all.substring(at, found)).as("number of question %d", i + 1)
                    .contains(PackReader.squash(expectedNumbers.get(i)));
            at = found + text.length();
        }
        assertThat(all).doesNotContain("ScenarioREMOVED");
    }

    /** The text as the awkward bank's uncovered characters print. */
    private static String printable(String text) {
        return text.replace("\uD83D\uDEAB", FontCoverage.MARKER).replace("\u4E2D\u6587",
                FontCoverage.MARKER + FontCoverage.MARKER);
    }

    @Test
    void outlineHasAnEntryForEachPartGuideRoundAndCategory() {
        List<String> outline = bigPack.bookmarks().stream().map(b -> b.depth() + " " + b.title()).toList();
        List<String> expected = new ArrayList<>();
        expected.add("1 Contents");
        expected.add("1 Interview process");
        for (Guide g : big.guides()) {
            expected.add("2 " + g.title());
        }
        expected.add("1 Company values");
        expected.add("2 Synthetic Guide 1");
        expected.add("2 Synthetic Guide 2");
        expected.add("1 Questions");
        for (Guide g : big.guides()) {
            expected.add("2 " + g.title());
            if (g.id().equals("awkward")) {
                expected.add("3 Deep Dive");
                expected.add("4 Marathon");
                continue;
            }
            for (var r : g.rounds()) {
                expected.add("3 " + r.name());
                g.activeQuestions().stream().filter(q -> r.name().equals(q.round())).map(Question::category)
                        .distinct().forEach(c -> expected.add("4 " + c));
            }
            expected.add("3 General");
        }
        expected.add("1 Preparation notes");
        for (String kind : List.of("Preparation tips", "Frequently asked questions", "Red flags")) {
            expected.add("2 " + kind);
            for (Guide g : big.guides().subList(0, 2)) {
                expected.add("3 " + switch (kind) {
                    case "Preparation tips" -> "Tips from " + g.title();
                    case "Red flags" -> "Red flags in " + g.title();
                    default -> g.title();
                });
            }
        }
        assertThat(outline).containsExactlyElementsOf(expected);
    }

    @Test
    void bookmarksGoToThePagesWhereTheirHeadingsAre() {
        int from = 2;
        for (PackReader.Bookmark b : bigPack.bookmarks()) {
            int page = pageOfHeading(bigPack, b.title(), from);
            assertThat(b.page()).as("page of bookmark %s", b.title()).isEqualTo(page);
            from = page;
        }
    }

    @Test
    void tableOfContentsPageNumbersEqualThePagesOfTheHeadings() {
        assertContentsMatchHeadings(bigPack);
    }

    @Test
    void aContentsOfSeveralPagesStillHasTheRightNumbers() {
        try (PackReader pack = new PackReader(writer.render(TestBanks.synthetic(14, 6, 1, 1), options()))) {
            int firstBody = pack.bookmarks().get(1).page();
            assertThat(firstBody).as("first page after the contents").isGreaterThan(4);
            assertContentsMatchHeadings(pack);
        }
    }

    /** Each line of the contents reads "title page", in heading order, with the page the heading is on. */
    private static void assertContentsMatchHeadings(PackReader pack) {
        List<PackReader.Bookmark> listed = pack.bookmarks().stream()
                .filter(b -> b.depth() <= PackPlan.TOC_DEPTH && !b.title().equals("Contents")).toList();
        int firstBody = listed.get(0).page();
        List<String> tocLines = new ArrayList<>();
        for (int p = 2; p < firstBody; p++) {
            tocLines.addAll(pack.bodyLines(p));
        }
        assertThat(tocLines.get(0)).isEqualTo("Contents");
        List<String> entries = tocLines.subList(1, tocLines.size());
        assertThat(entries).hasSameSizeAs(listed);
        int from = firstBody;
        for (int i = 0; i < listed.size(); i++) {
            PackReader.Bookmark b = listed.get(i);
            int page = pageOfHeading(pack, b.title(), from);
            assertThat(entries.get(i)).as("contents line %d", i + 1).isEqualTo(b.title() + " " + page);
            from = page;
        }
    }

    @Test
    void headingsStayOnThePageOfTheirFirstQuestion() {
        List<PackReader.Bookmark> categories = bigPack.bookmarks().stream().filter(b -> b.depth() == 4).toList();
        assertThat(categories).isNotEmpty();
        for (PackReader.Bookmark b : categories) {
            List<String> lines = bigPack.bodyLines(b.page());
            int at = lines.indexOf(b.title());
            assertThat(at).as("heading %s on its page", b.title()).isGreaterThanOrEqualTo(0);
            assertThat(lines.subList(at + 1, lines.size())).as("a question after %s on page %d", b.title(),
                    b.page()).anyMatch(l -> l.matches("\\d+\\. (EASY|MEDIUM|HARD|UNRATED).*"));
        }
    }

    @Test
    void aQuestionsNumberAndTextStartOnTheSamePage() {
        List<Bank.Entry> entries = big.entries();
        int seen = 0;
        for (int p = 1; p <= bigPack.pages(); p++) {
            String body = PackReader.squash(bigPack.body(p));
            for (String line : bigPack.bodyLines(p)) {
                Matcher m = NUMBER.matcher(line);
                if (!m.lookingAt()) {
                    continue;
                }
                int n = Integer.parseInt(line.substring(0, line.indexOf('.')));
                String text = PackReader.squash(printable(entries.get(n - 1).question().text()));
                assertThat(body).as("start of question %d on page %d", n, p)
                        .contains(text.substring(0, Math.min(40, text.length())));
                seen++;
            }
        }
        assertThat(seen).isEqualTo(entries.size());
    }

    @Test
    void everyFontIsAnEmbeddedDejaVuSans() throws IOException {
        try (PackReader coach = new PackReader(writer.render(big, options().withEdition(Edition.COACH)))) {
            for (PackReader pack : List.of(bigPack, coach)) {
                for (PDPage page : pack.document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertThat(font.getName()).contains("DejaVuSans");
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyPageSaysPageXOfN() {
        int n = bigPack.pages();
        assertThat(bigPack.page(1)).contains("Page 1 of " + n);
        assertThat(bigPack.page(n)).contains("Page " + n + " of " + n);
        for (int p = 1; p <= n; p++) {
            assertThat(bigPack.page(p)).contains("Page " + p + " of " + n);
        }
    }

    @Test
    void theLongQuestionAndTheUnbrokenTokenWrapInsteadOfBeingCut() {
        String all = bigPack.squashedBody();
        Question longOne = TestBanks.awkward().questions().get(0);
        assertThat(longOne.text()).hasSizeGreaterThan(4900);
        assertThat(all).contains(PackReader.squash(longOne.text()));
        assertThat(all).contains(TestBanks.token());
        String raw = String.join("\n", java.util.stream.IntStream.rangeClosed(1, bigPack.pages())
                .mapToObj(bigPack::body).toList());
        assertThat(raw).as("the token wraps over several lines").doesNotContain(TestBanks.token());
    }

    @Test
    void uncoveredCharactersAreReportedAndShownAsAMarker(@TempDir Path dir) throws IOException {
        Bank bank = new Bank(List.of(TestBanks.awkward()));
        PackResult result = writer.write(bank, options(), dir.resolve("pack.pdf"));
        assertThat(result.uncoveredCharacters()).containsExactly("U+4E2D \u4E2D", "U+6587 \u6587",
                "U+1F6AB \uD83D\uDEAB");
        assertThat(FontCoverage.dejaVu().uncovered(bank)).isEqualTo(result.uncoveredCharacters());
        try (PackReader pack = new PackReader(Files.readAllBytes(dir.resolve("pack.pdf")))) {
            assertThat(pack.squashedBody()).contains(PackReader.squash(
                    "Scenario EMOJI: never do this \uFFFD or this \uFFFD\uFFFD ok?"));
        }
    }

    @Test
    void sameInputGivesByteIdenticalPdfs() {
        Bank bank = TestBanks.small();
        PackOptions coach = options().withEdition(Edition.COACH).withCandidate("Alex Morgan");
        byte[] first = writer.render(bank, coach);
        byte[] second = new StudyPackWriter().render(bank, coach);
        assertThat(second).isEqualTo(first);
        assertThat(writer.render(big, options())).isEqualTo(bigPdf);
    }

    @Test
    void coachEditionSaysSoOnEveryPageAndAddsNotesSourceAndRubric() {
        Bank bank = TestBanks.small();
        byte[] pdf = writer.render(bank, options().withEdition(Edition.COACH));
        try (PackReader pack = new PackReader(pdf)) {
            for (int p = 1; p <= pack.pages(); p++) {
                assertThat(pack.page(p)).as("page %d", p).contains("Coach edition");
            }
            String all = pack.squashedBody();
            for (String label : PackOptions.DEFAULT_RUBRIC) {
                assertThat(all).contains(PackReader.squash(label));
            }
            assertThat(all).contains("Coachnotes", PackReader.squash("Listen for trade-offs in stream processing."),
                    "Source:raw/netflix/guide-1.txt:11");
        }
        try (PackReader candidate = new PackReader(writer.render(bank, options()))) {
            String all = candidate.squashedBody();
            assertThat(all).doesNotContain("Coachnotes", "Listenfortrade-offs", "Source:", "1Weak");
            for (int p = 1; p <= candidate.pages(); p++) {
                assertThat(candidate.page(p)).doesNotContain("Coach edition");
            }
        }
    }

    @Test
    void aLongTitleIsShortenedInTheHeaderButWholeOnTheCover() {
        String title = "A Very Long Study Pack Title ".repeat(8).strip();
        PackOptions o = new PackOptions(title, "Netflix", null, null, Edition.COACH, Paper.A4, 4, null, null);
        try (PackReader pack = new PackReader(writer.render(TestBanks.small(), o))) {
            assertThat(PackReader.squash(pack.page(1))).contains(PackReader.squash(title));
            String header = pack.page(2).lines().filter(l -> l.contains("Coach edition")).findFirst().orElseThrow();
            assertThat(header).contains("A Very Long Study Pack Title", "\u2026").doesNotContain(title);
        }
    }

    @Test
    void customRubricLabelsAreShown() {
        PackOptions o = new PackOptions("Pack", "Netflix", null, null, Edition.COACH, Paper.A4, 2, null,
                List.of("Miss", "Partial", "Hit"));
        try (PackReader pack = new PackReader(writer.render(TestBanks.small(), o))) {
            assertThat(pack.squashedBody()).contains("Miss", "Partial", "Hit").doesNotContain("1Weak");
        }
    }

    @Test
    void zeroAnswerLinesLeaveTheQuestionsAndSavePaper() {
        Bank bank = TestBanks.synthetic(1, 2, 2, 10);
        try (PackReader none = new PackReader(writer.render(bank, options().withAnswerLines(0)));
                PackReader four = new PackReader(writer.render(bank, options()))) {
            assertThat(none.pages()).isLessThan(four.pages());
            for (Bank.Entry e : bank.entries()) {
                assertThat(none.squashedBody()).contains(PackReader.squash(e.question().text()));
            }
        }
    }

    @Test
    void coverShowsTitleCompanyRoleCandidateDateEditionAndCounts() {
        Bank bank = TestBanks.small();
        byte[] pdf = writer.render(bank, options().withCandidate("Alex Morgan"));
        try (PackReader pack = new PackReader(pdf)) {
            String cover = pack.page(1);
            assertThat(cover).contains("Netflix Study Pack", "Netflix", "Software Engineer", "Alex Morgan",
                    "22 November 2026", "Candidate edition", "Questions by difficulty", "Easy", "Medium", "Hard");
            long easy = bank.entries().stream().filter(e -> e.question().difficulty() == Difficulty.EASY).count();
            assertThat(cover).containsPattern("Easy\\s+" + easy + "\\b");
            assertThat(pack.page(2)).contains("Prepared for Alex Morgan");
        }
    }

    @Test
    void roundsAreListedWithDurationKindAndDescription() {
        try (PackReader pack = new PackReader(writer.render(TestBanks.small(), options()))) {
            int page = pageOfHeading(pack, "Interview process", 2);
            String text = pack.body(page);
            assertThat(text).contains("Round", "Duration", "Kind", "Description", "Round 1.1 Loop", "60-75 min",
                    "System design", "Coding", "What happens in Round 1.2 Loop.");
        }
    }

    @Test
    void sectionsKeepTheirLineBreaksAndBullets() {
        try (PackReader pack = new PackReader(writer.render(TestBanks.small(), options()))) {
            List<String> lines = new ArrayList<>();
            for (int p = 1; p <= pack.pages(); p++) {
                lines.addAll(pack.bodyLines(p));
            }
            assertThat(lines).containsSubsequence("Candor", "What it means:", "\u2022 Give honest feedback",
                    "\u2022 Receive it well", "Every day.");
            assertThat(lines).containsSubsequence("Line one of a tip.", "Line two of the same tip.");
            assertThat(lines).containsSubsequence("How long is the process?", "About two weeks.");
        }
    }

    @Test
    void metadataNamesTitleSubjectKeywordsAuthorLanguageAndContentDate() {
        try (PackReader pack = new PackReader(writer.render(TestBanks.small(), options()))) {
            PDDocumentInformation info = pack.document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Netflix Study Pack");
            assertThat(info.getSubject()).contains("Netflix", "Software Engineer", "Candidate edition");
            assertThat(info.getKeywords()).contains("tag-consistency", "level-1");
            assertThat(info.getAuthor()).isEqualTo("Prepkit");
            assertThat(pack.document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(List.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH) + 1,
                    created.get(Calendar.DAY_OF_MONTH))).containsExactly(2026, 11, 22);
        }
        try (PackReader undated = new PackReader(writer.render(TestBanks.small(), options().withContentDate(null)))) {
            assertThat(undated.document.getDocumentInformation().getCreationDate()).isNull();
        }
    }

    @Test
    void letterAndA4HaveTheirPaperSizes() {
        try (PackReader a4 = new PackReader(writer.render(TestBanks.small(), options()));
                PackReader letter = new PackReader(writer.render(TestBanks.small(), options().withPaper(Paper.LETTER)))) {
            assertThat(a4.document.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
            assertThat(letter.document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(letter.document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void anEmptyBankStillMakesAPack() {
        try (PackReader pack = new PackReader(writer.render(new Bank(List.of()), options()))) {
            assertThat(pack.squashedBody()).contains("Thispackholdsnoquestions.");
            assertThat(pack.page(pack.pages())).contains("Page " + pack.pages() + " of " + pack.pages());
        }
    }

    @Test
    void writeCreatesFoldersAndReportsPagesAndQuestions(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/pack.pdf");
        PackResult result = writer.write(TestBanks.small(), options(), target);
        byte[] pdf = Files.readAllBytes(target);
        try (PackReader pack = new PackReader(pdf)) {
            assertThat(result.pages()).isEqualTo(pack.pages());
        }
        assertThat(result.questions()).isEqualTo(TestBanks.small().entries().size());
        assertThat(result.uncoveredCharacters()).isEmpty();
        assertThat(pdf).isEqualTo(writer.render(TestBanks.small(), options()));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAsItWas(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> writer.write(TestBanks.small(), null, target))
                .isInstanceOf(NullPointerException.class);
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        assertThatThrownBy(() -> writer.write(TestBanks.small(), options(), blocked.resolve("pack.pdf")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pack.pdf",
                    "file-not-folder");
        }
    }

    @Test
    void theRealNetflixGuidesRenderWithEveryQuestion() throws IOException {
        Path guides = repoRoot().resolve("content/guides");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(guides)) {
            try (Stream<Path> s = Files.list(guides)) {
                s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        Assumptions.assumeFalse(files.isEmpty(), "no guides under content/guides yet");
        YamlCodec codec = new YamlCodec();
        Bank bank = new Bank(files.stream().map(codec::readGuide).toList());
        PackResult result;
        byte[] pdf;
        Path out = Files.createTempFile("netflix-pack", ".pdf");
        try {
            result = writer.write(bank, options().withEdition(Edition.COACH), out);
            pdf = Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
        }
        assertThat(result.questions()).isEqualTo(bank.entries().size());
        try (PackReader pack = new PackReader(pdf)) {
            String all = pack.squashedBody();
            for (Bank.Entry e : bank.entries()) {
                assertThat(all).as("question %s", e.question().id()).contains(PackReader.squash(e.question().text()));
            }
            assertThat(pack.page(pack.pages())).contains("Page " + pack.pages() + " of " + pack.pages());
        }
    }

    /** The first page from {@code from} on whose body has a line equal to the title. */
    private static int pageOfHeading(PackReader pack, String title, int from) {
        for (int p = from; p <= pack.pages(); p++) {
            if (pack.bodyLines(p).contains(title)) {
                return p;
            }
        }
        throw new AssertionError("heading '" + title + "' not found from page " + from);
    }

    private static Path repoRoot() {
        String property = System.getProperty("prepkit.root");
        if (property != null && Files.isDirectory(Path.of(property, "content"))) {
            return Path.of(property);
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("content"))) {
                return p;
            }
        }
        return Path.of(System.getProperty("user.dir"));
    }
}
