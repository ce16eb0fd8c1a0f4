package dev.prepkit.ingest.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.GuideIdentity.Facts;
import org.junit.jupiter.api.Test;

class GuideIdentityTest {

    private static Facts of(String title) {
        return GuideIdentity.fromTitle(title);
    }

    @Test
    void aCompanyBeforeInterviewQuestionsIsTheCompany() {
        assertThat(of("Yatra.com Interview Questions")).isEqualTo(new Facts("Yatra.com", null));
        assertThat(of("ThoughtWorks Interview Questions")).isEqualTo(new Facts("ThoughtWorks", null));
        assertThat(of("Stripe Interview Process")).isEqualTo(new Facts("Stripe", null));
        assertThat(of("Netflix Hiring Process")).isEqualTo(new Facts("Netflix", null));
        assertThat(of("eBay Interview Experience")).isEqualTo(new Facts("eBay", null));
    }

    @Test
    void roleWordsBeforeInterviewAreTheRoleAndTheWordsBeforeThemTheCompany() {
        assertThat(of("Google Software Engineer Interview Guide")).isEqualTo(new Facts("Google", "Software Engineer"));
        assertThat(of("Goldman Sachs Senior Data Scientist Interview Questions"))
                .isEqualTo(new Facts("Goldman Sachs", "Senior Data Scientist"));
        assertThat(of("Initech Product Manager Interview: Questions & Answers"))
                .isEqualTo(new Facts("Initech", "Product Manager"));
        assertThat(of("Amazon SDE Interview Experience")).isEqualTo(new Facts("Amazon", "SDE"));
    }

    @Test
    void anInterviewAtACompanyNamesTheCompany() {
        assertThat(of("My Interview Experience at Amazon")).isEqualTo(new Facts("Amazon", null));
        assertThat(of("Interview at Microsoft")).isEqualTo(new Facts("Microsoft", null));
        assertThat(of("Software Engineer Interview at Stripe (2024)")).isEqualTo(new Facts("Stripe", "Software Engineer"));
        assertThat(of("Interview at Google for Site Reliability Engineer"))
                .isEqualTo(new Facts("Google", "Site Reliability Engineer"));
        assertThat(of("My onsite interview @Meta, London")).isEqualTo(new Facts("Meta", null));
        assertThat(of("My interview with Bank of America")).isEqualTo(new Facts("Bank of America", null));
    }

    @Test
    void wordsAroundTheCompanyAreLeftOut() {
        assertThat(of("Top 50 Amazon Coding Interview Questions")).isEqualTo(new Facts("Amazon", null));
        assertThat(of("Netflix Mock Interview")).isEqualTo(new Facts("Netflix", null));
        assertThat(of("Google Machine Learning Interview Questions")).isEqualTo(new Facts("Google", null));
        assertThat(of("Netflix Engineering Leadership Interview Guide")).isEqualTo(new Facts("Netflix", null));
    }

    @Test
    void aTechnologyOrATopicIsNotACompany() {
        assertThat(of("MongoDB Coding Practice")).isEqualTo(Facts.NONE);
        assertThat(of("MongoDB Interview Questions")).isEqualTo(Facts.NONE);
        assertThat(of("C# Coding Interview Questions")).isEqualTo(Facts.NONE);
        assertThat(of("Machine Learning Interview Questions")).isEqualTo(Facts.NONE);
        assertThat(of("Technical interview questions")).isEqualTo(Facts.NONE);
        assertThat(of("git interview questions:")).isEqualTo(Facts.NONE);
        assertThat(of("System Design Interview Guide")).isEqualTo(Facts.NONE);
        assertThat(of("DevOps Interview Questions")).isEqualTo(new Facts(null, "DevOps"));
        assertThat(of("Python Interview Questions at a glance")).isEqualTo(Facts.NONE);
    }

    @Test
    void titlesThatNameNoOneGiveNothing() {
        assertThat(of("My Interview Experience")).isEqualTo(Facts.NONE);
        assertThat(of("Code Interviews")).isEqualTo(Facts.NONE);
        assertThat(of("How we hire engineers")).isEqualTo(Facts.NONE);
        assertThat(of("Engineering Hiring Process")).isEqualTo(Facts.NONE);
        assertThat(of("Cracking the Coding Interview")).isEqualTo(Facts.NONE);
        assertThat(of("Interview Questions")).isEqualTo(Facts.NONE);
        assertThat(of("Interview Experience with Dynamic Programming Questions")).isEqualTo(Facts.NONE);
        assertThat(of("8.1.2 Questions")).isEqualTo(Facts.NONE);
        assertThat(of(null)).isEqualTo(Facts.NONE);
    }

    @Test
    void aRoleWithoutACompanyIsStillARole() {
        assertThat(of("Data Engineer Interview Questions")).isEqualTo(new Facts(null, "Data Engineer"));
    }

    @Test
    void decorationAtATitlesEndsIsCleanedOff() {
        assertThat(GuideIdentity.clean("║ Google Interview Guide ║")).isEqualTo("Google Interview Guide");
        assertThat(GuideIdentity.clean("===== Amazon Interview Questions =====")).isEqualTo("Amazon Interview Questions");
        assertThat(GuideIdentity.clean("Amazon Interview Questions ---")).isEqualTo("Amazon Interview Questions");
        assertThat(GuideIdentity.clean("Amazon Interview Questions=====")).isEqualTo("Amazon Interview Questions");
        assertThat(GuideIdentity.clean("\uD83D\uDE80 Meta Interview Prep \uD83D\uDD25")).isEqualTo("Meta Interview Prep");
        assertThat(GuideIdentity.clean("☎️ Phone Screen Guide")).isEqualTo("Phone Screen Guide");
        assertThat(GuideIdentity.clean("git interview questions:")).isEqualTo("git interview questions");
        assertThat(GuideIdentity.clean("  ---  ")).isNull();
        assertThat(GuideIdentity.clean(null)).isNull();
    }

    @Test
    void aSiteNameAfterABarOrAKnownSiteAfterADashIsCleanedOff() {
        assertThat(GuideIdentity.clean("Google Interview Questions | Glassdoor")).isEqualTo("Google Interview Questions");
        assertThat(GuideIdentity.clean("Stripe interview | by Jane Doe | Medium")).isEqualTo("Stripe interview");
        assertThat(GuideIdentity.clean("How I passed the Stripe interview - Medium"))
                .isEqualTo("How I passed the Stripe interview");
        assertThat(GuideIdentity.clean("Netflix interview — GeeksforGeeks")).isEqualTo("Netflix interview");
        assertThat(GuideIdentity.clean("Uber Interview Questions - example.com")).isEqualTo("Uber Interview Questions");
        assertThat(of("║ ThoughtWorks Interview Questions ║")).isEqualTo(new Facts("ThoughtWorks", null));
    }

    @Test
    void textThatIsPartOfATitleStays() {
        for (String title : new String[] {"C# Coding Interview Questions", "C++ Questions", "Netflix - Software Engineer",
            "Practice for Chief Architect", "Netflix Engineering Leadership Interview Guide", "Netflix Mock Interview",
            "Netflix interview question bank", "Netflix Software Engineer", "Node.js: the event loop"}) {
            assertThat(GuideIdentity.clean(title)).as(title).isEqualTo(title);
        }
    }
}
