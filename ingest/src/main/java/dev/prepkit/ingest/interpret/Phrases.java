package dev.prepkit.ingest.interpret;

import java.util.regex.Pattern;

/** Phrases that say what a heading or block is about, beyond asking: navigation, asking the interviewer, FAQ. */
final class Phrases {

    /** Navigation and calls to action. */
    static final Pattern NAVIGATION = Pattern.compile("(?i)^(back to top|↥ back to top|table of contents|contents"
            + "|next|previous|prev|home|menu|share|tweet|subscribe|sign up|sign in|log in|read more|click here"
            + "|follow me.*|dm me.*|edit this page|skip to .*)$|follow me or dm me|\\bsubscribe\\b.*\\bnewsletter\\b"
            + "|feel free to (send|reach|contact|get in touch)|send (us )?(your )?(feedback|suggestions)|^do you have any feedback"
            + "|\\bclick here\\b|^↥");
    /** Questions a candidate asks the interviewer, and the sections that hold them. */
    static final Pattern ASK_INTERVIEWER = Pattern.compile("(?i)(questions? (to|you (can|could|should|might)) ask"
            + "|ask (the|your|an|my) interviewers?|questions? for (the|your) (interviewers?|employer|company|team|them)"
            + "|reverse interview|questions? (you|candidates?) (may|might|will|could) ask|candidates? (may )?asks?"
            + "|(be )?prepared to answer|questions from (the )?candidates?|tempted to ask"
            + "|ask (him|her|them|us|the (cto|ceo|team|recruiter|hiring manager)) (some |any |a few )?questions?)");
    /** A hiring-process FAQ or other heading whose questions are not interview questions. */
    static final Pattern FAQ = Pattern.compile("(?i)\\b(faq|faqs|frequently asked)\\b");
    /** Headings of a table of contents. */
    static final Pattern TOC = Pattern.compile("(?i)^(table of contents|contents|toc|index|on this page|in this (article|post|guide))$");
    /** Headings of parts that hold no interview questions. */
    static final Pattern NON_QUESTION_PART = Pattern.compile("(?i)\\b(references?|resources?|further reading|links"
            + "|credits|licen[cs]e|contribut\\w*|acknowledg\\w*|about( (me|us|the author))?|contact|footnotes?"
            + "|conclusion|wrap-?up|wrapping up|stats|statistics|summary|results?|final result|tips?|advice|preparation( notes)?|prep notes"
            + "|considerations|prepar\\w*|foreword|introduction|intro|overview|feedback|red flags|what (we|they) look for"
            + "|evaluation|criteria|scoring|compensation|salary|offer|timeline|updates?)\\b");
    /** Headings of parts that list interview questions. */
    static final Pattern QUESTION_PART = Pattern.compile("(?i)\\b(questions?|problems?|exercises?|prompts?|puzzles?"
            + "|challenges?|tasks?|asked|q\\s*&\\s*a|qna"
            // the same in other languages: de, es/pt, fr, it, nl, ru, ja, zh
            + "|fragen|aufgaben|preguntas|perguntas|ejercicios|exercícios|domande|vragen|вопросы|задачи)\\b"
            + "|質問|問題|问题|面试题|面接");
    /** Headings of parts that describe the interview process. */
    static final Pattern PROCESS_PART = Pattern.compile("(?i)\\b(process|rounds|stages|steps|loop|how we hire"
            + "|hiring|what to expect|pipeline|timeline|format)\\b");
    /** Text that says a question was asked, in prose ("he asked me", "was asked to"). */
    static final Pattern ASKED = Pattern.compile("(?i)\\b(asked (me|us|him|her|them|to|about|for)|was asked|were asked"
            + "|asks (you|candidates?)|ask(ed)? (the )?candidates?|the question (was|is)|questions? (like|such as"
            + "|were|was|that (people|interviewers) (like|love|use))|problems? (like|such as)|punching bags)");

    private static final Needles NAVIGATION_WORDS = Needles.anywhere("follow me or dm me", "subscribe", "feel free to ",
            "send ", "click here").orStartingWith("back to top", "\u21A5", "table of contents", "contents", "next", "prev",
            "home", "menu", "share", "tweet", "sign up", "sign in", "log in", "read more", "follow me", "dm me",
            "edit this page", "skip to ", "do you have any feedback");
    private static final Needles ASK_INTERVIEWER_WORDS = Needles.anywhere("ask", "question", "reverse interview",
            "prepared to answer");

    private Phrases() {
    }

    /** Whether a text is navigation or a call to action ({@link #NAVIGATION}). */
    static boolean navigation(String text) {
        return NAVIGATION_WORDS.in(text) && NAVIGATION.matcher(text).find();
    }

    /** Whether a text is about questions for the interviewer ({@link #ASK_INTERVIEWER}). */
    static boolean asksInterviewer(String text) {
        return ASK_INTERVIEWER_WORDS.in(text) && ASK_INTERVIEWER.matcher(text).find();
    }
}
