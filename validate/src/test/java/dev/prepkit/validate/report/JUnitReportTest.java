package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element suite(Document d) {
        return (Element) d.getElementsByTagName("testsuite").item(0);
    }

    @Test
    void theSharedFixtureRendersAsItsGolden() {
        ReportFixture.assertGolden(new JUnitReport().render(ReportFixture.result(), ReportFixture.rules()),
                "junit-golden.xml");
    }

    @Test
    void theXmlParsesAndItsCountsMatchTheFindingsAtOrAboveError() throws Exception {
        Document d = parse(new JUnitReport().render(ReportFixture.result(), ReportFixture.rules()));
        Element suite = suite(d);
        assertThat(suite.getAttribute("name")).isEqualTo("prepkit validate");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3).isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(3);
        assertThat(d.getElementsByTagName("properties").getLength()).isZero();
        Element acme = (Element) cases.item(0);
        assertThat(acme.getAttribute("classname")).isEqualTo("guides/acme.yaml");
        assertThat(acme.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(acme.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("guides/acme.yaml:40:11: info [duplicate-question]");
    }

    @Test
    void aLowerFailLevelTurnsWarningsAndInfosIntoFailures() throws Exception {
        Document d = parse(new JUnitReport(Severity.INFO).render(ReportFixture.result(), ReportFixture.rules()));
        assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(5);
        assertThat(suite(d).getElementsByTagName("testcase").item(0).getChildNodes().getLength()).isPositive();
        assertThat(((Element) suite(d).getElementsByTagName("testcase").item(0)).getElementsByTagName("system-out")
                .getLength()).isZero();
    }

    @Test
    void aFileWhoseFindingsAreBelowTheFailLevelPasses() throws Exception {
        Document d = parse(new JUnitReport().render(new ValidationResult(List.of(new Finding("alias-tag",
                Severity.WARNING, new Location("guides/a.yaml", 3, 9), "tag 'Flink' is an alias", "write 'Apache Flink'")),
                1, 4), List.of()));
        assertThat(suite(d).getAttribute("tests")).isEqualTo("1");
        assertThat(suite(d).getAttribute("failures")).isEqualTo("0");
        assertThat(d.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void messagesAndPathsAreEscapedAndComeBackIntact() throws Exception {
        Document d = parse(new JUnitReport().render(ReportFixture.result(), ReportFixture.rules()));
        Element failure = (Element) ((Element) suite(d).getElementsByTagName("testcase").item(1))
                .getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("unknown-tag");
        assertThat(failure.getAttribute("message")).isEqualTo("question 'globex-3': tag 'Q&A <live>, 100%' is not in the taxonomy");
        assertThat(failure.getTextContent()).endsWith("    fix: use a taxonomy tag such as \"Live Coding\", or add the tag to taxonomy.yaml\n");
        String odd = "a \"quoted\"\ttab\nnew line & a bell \u0007";
        Document e = parse(new JUnitReport().render(new ValidationResult(List.of(new Finding("schema", Severity.ERROR,
                Location.file("<odd>.yaml"), odd, null)), 0, 0), List.of()));
        Element f = (Element) e.getElementsByTagName("failure").item(0);
        assertThat(f.getAttribute("message")).isEqualTo("a \"quoted\"\ttab\nnew line & a bell \uFFFD");
        assertThat(((Element) e.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("<odd>.yaml");
    }

    @Test
    void aCleanRunIsOnePassingTestWithTheTotals() throws Exception {
        Document d = parse(new JUnitReport().render(new ValidationResult(List.of(), 5, 59), List.of()));
        assertThat(suite(d).getAttribute("tests")).isEqualTo("1");
        assertThat(suite(d).getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) d.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("all guides");
        assertThat(d.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("5 guides, 59 questions: 0 errors, 0 warnings, 0 infos\n");
    }
}
