package dev.prepkit.bench.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic raw corpus for ingest timing: interview-question files in the shapes scraped guides come in,
 * with realistic question texts recombined from templates. The same seed, file count and question count give the
 * same bytes. Shapes, in turn at random: markdown question lists under headings, Q&amp;A markdown (a question
 * heading, then an answer paragraph), CSV question banks with difficulty and topic columns, and plain-text
 * numbered lists. Files go to {@code DIR/COMPANY/NNNNN-SHAPE.EXT}, as raw guides sit under {@code content/raw/}.
 */
public final class RawCorpus {

    /** The shapes generated. */
    public enum Shape {
        /** Markdown: a title, an intro line, then numbered or bulleted questions under 2-4 headings. */
        MARKDOWN_LIST("questions", "md"),
        /** Markdown: a title, then per question a heading and an answer paragraph. */
        MARKDOWN_QA("q-and-a", "md"),
        /** CSV: ID, Title, Difficulty, Topic; titles with commas quoted. */
        CSV_BANK("bank", "csv"),
        /** Plain text: a title line, a separator, then numbered questions one per line. */
        TEXT_LIST("list", "txt");

        private final String stem;
        private final String extension;

        Shape(String stem, String extension) {
            this.stem = stem;
            this.extension = extension;
        }
    }

    /**
     * One generated file.
     *
     * @param path the file
     * @param shape its shape
     * @param questions how many questions it holds
     */
    public record RawFile(Path path, Shape shape, int questions) {
    }

    /**
     * A generated corpus.
     *
     * @param dir the folder holding it
     * @param files its files, in the order written
     * @param bytes its size
     */
    public record Corpus(Path dir, List<RawFile> files, long bytes) {

        public Corpus {
            files = List.copyOf(files);
        }

        /** Questions in all files. */
        public int questions() {
            return files.stream().mapToInt(RawFile::questions).sum();
        }
    }

    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries",
        "Wayne Enterprises", "Wonka", "Cyberdyne", "Soylent", "Vandelay", "Pied Piper", "Tyrell", "Aperture",
        "Massive Dynamic", "Dunder Mifflin", "Oscorp", "Gringotts", "Monsters Inc", "Prestige Worldwide"};
    private static final String[] ROLES = {"Software Engineer", "Senior Backend Engineer", "Data Engineer",
        "Frontend Engineer", "Site Reliability Engineer", "Engineering Manager", "Data Scientist",
        "Machine Learning Engineer", "Mobile Engineer", "Product Manager"};
    private static final String[] SECTIONS = {"Behavioral", "Coding", "System Design", "Databases", "Leadership",
        "Culture Fit", "Operating Systems", "Networking", "Machine Learning", "Testing"};
    private static final String[] TOPICS = {"arrays", "strings", "graphs", "trees", "dynamic-programming", "sql",
        "concurrency", "caching", "networking", "behavioral", "system-design", "testing"};
    private static final String[] DIFFICULTIES = {"Easy", "Medium", "Hard"};

    private static final String[][] TEMPLATES = {
        {"Tell me about a time you ", "@ACT", "."},
        {"Describe a situation where you ", "@ACT", ". What did you learn?"},
        {"How would you design ", "@SYS", "?"},
        {"Design ", "@SYS", " that serves ", "@SCALE", "."},
        {"What is the difference between ", "@PAIR", "?"},
        {"Explain how ", "@CONCEPT", " works, and when you would not use it."},
        {"Implement ", "@ALGO", " and give its time and space complexity."},
        {"Given ", "@INPUT", ", ", "@TASK", "."},
        {"Write a SQL query to ", "@SQL", "."},
        {"How do you ", "@PRACTICE", "?"},
        {"Walk me through how you would debug ", "@BUG", "."},
        {"What trade-offs would you make when ", "@TRADE", "?"},
    };
    private static final String[] ACT = {"disagreed with your manager", "missed a deadline", "mentored a junior engineer",
        "had to push back on a product decision", "led a project without formal authority", "received hard feedback",
        "simplified a complex system", "dealt with a production outage", "changed your mind after a code review",
        "worked with a difficult stakeholder", "took a calculated risk", "had to learn a new technology quickly",
        "improved a team process", "handled conflicting priorities", "made a decision with incomplete data"};
    private static final String[] SYS = {"a URL shortener", "a rate limiter", "a news feed", "a chat service",
        "a distributed cache", "a video streaming service", "a ride-hailing dispatcher", "a payment system",
        "a web crawler", "a notification service", "a search autocomplete service", "a metrics pipeline",
        "a file-sharing service", "a hotel booking system", "a leaderboard", "a job scheduler"};
    private static final String[] SCALE = {"a million users", "ten thousand requests a second",
        "a hundred million events a day", "users on five continents", "a billion reads a day"};
    private static final String[] PAIR = {"a process and a thread", "TCP and UDP", "an abstract class and an interface",
        "SQL and NoSQL databases", "horizontal and vertical scaling", "a mutex and a semaphore",
        "optimistic and pessimistic locking", "REST and gRPC", "a stack and a queue", "L1 and L2 regularization",
        "bagging and boosting", "a clustered and a non-clustered index", "authentication and authorization"};
    private static final String[] CONCEPT = {"consistent hashing", "garbage collection in the JVM", "a B-tree index",
        "the CAP theorem", "eventual consistency", "a bloom filter", "TLS", "DNS resolution", "MapReduce",
        "gradient descent", "a load balancer", "two-phase commit", "copy-on-write", "virtual memory"};
    private static final String[] ALGO = {"an LRU cache", "binary search on a rotated array", "a trie",
        "Dijkstra's shortest path", "merge sort", "a thread-safe bounded queue", "topological sort",
        "quickselect", "a min-heap", "union-find", "a sliding window maximum", "serialization of a binary tree"};
    private static final String[] INPUT = {"an array of integers", "a binary tree", "two sorted lists",
        "a string of parentheses", "a grid of zeros and ones", "a list of meeting intervals", "a stream of numbers",
        "a directed graph", "a dictionary of words", "a linked list"};
    private static final String[] TASK = {"find the longest increasing subsequence", "return the k most frequent items",
        "detect a cycle", "merge the overlapping parts", "count the islands", "find the median at any time",
        "check whether it is balanced", "find all pairs that sum to a target", "reverse it in groups of k",
        "return the shortest path between two nodes"};
    private static final String[] SQL = {"find the second highest salary", "list customers with no orders",
        "compute a seven-day rolling average of sales", "find duplicate emails", "rank employees by department",
        "find users active on three consecutive days", "pivot monthly revenue by region"};
    private static final String[] PRACTICE = {"decide what to test first", "keep a large codebase maintainable",
        "estimate a project you have never done before", "run a blameless post-mortem", "onboard a new engineer",
        "decide between building and buying", "measure the success of a feature", "prioritise technical debt"};
    private static final String[] BUG = {"a memory leak in a long-running service", "a slow database query",
        "a flaky integration test", "intermittent timeouts between two services", "a deadlock in production",
        "a sudden drop in conversion", "high tail latency"};
    private static final String[] TRADE = {"choosing a database for a new product", "sharding a user table",
        "caching personalised pages", "moving a monolith to services", "picking consistency over availability",
        "shipping a feature before a conference"};
    private static final String[] ANSWER = {"A good answer names the constraints first and states the assumptions.",
        "Interviewers look for a structured approach: clarify, propose, then refine.",
        "Mention the failure modes and how you would detect them in production.",
        "Start with a simple version, then discuss how it scales and what it costs.",
        "Use a concrete example from your own experience and say what you would do differently.",
        "Complexity matters here: state it for the time and the memory used.",
        "Talk about monitoring, rollbacks and how the team would operate it."};

    private final long seed;

    /** A generator with the given seed. */
    public RawCorpus(long seed) {
        this.seed = seed;
    }

    /**
     * Writes {@code files} files holding {@code questions} questions in all (each file at least one, the average
     * {@code questions / files}, spread 40-160 % of it) into {@code dir}.
     *
     * @throws IllegalArgumentException when there are fewer questions than files
     * @throws IOException when a file cannot be written
     */
    public Corpus write(int files, int questions, Path dir) throws IOException {
        if (files < 1 || questions < files) {
            throw new IllegalArgumentException("need at least one file and one question per file, got " + files
                    + " files and " + questions + " questions");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = counts(files, questions, random);
        Shape[] shapes = Shape.values();
        List<RawFile> out = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            String company = COMPANIES[random.nextInt(COMPANIES.length)];
            String role = ROLES[random.nextInt(ROLES.length)];
            Shape shape = shapes[random.nextInt(shapes.length)];
            List<String> texts = questions(counts[i], random);
            String text = switch (shape) {
                case MARKDOWN_LIST -> markdownList(company, role, texts, random);
                case MARKDOWN_QA -> markdownQa(company, role, texts, random);
                case CSV_BANK -> csv(texts, random);
                case TEXT_LIST -> textList(company, role, texts, random);
            };
            Path file = dir.resolve(slug(company)).resolve(String.format(Locale.ROOT, "%05d-%s-%s.%s", i + 1,
                    slug(role), shape.stem, shape.extension));
            Files.createDirectories(file.getParent());
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, data);
            bytes += data.length;
            out.add(new RawFile(file, shape, counts[i]));
        }
        return new Corpus(dir, out, bytes);
    }

    /** Per-file question counts adding up to {@code questions}: pairs of files trade up to 60 % of the mean. */
    static int[] counts(int files, int questions, SplittableRandom random) {
        int base = questions / files;
        int[] counts = new int[files];
        for (int i = 0; i < files; i++) {
            counts[i] = base + (i < questions % files ? 1 : 0);
        }
        int spread = (int) (base * 0.6);
        for (int i = 0; i + 1 < files && spread > 0; i += 2) {
            int d = Math.min(random.nextInt(spread + 1), counts[i + 1] - 1);
            counts[i] += d;
            counts[i + 1] -= d;
        }
        return counts;
    }

    /** {@code n} different question texts. */
    private static List<String> questions(int n, SplittableRandom random) {
        Set<String> texts = new LinkedHashSet<>();
        int tries = 0;
        while (texts.size() < n) {
            String t = question(random);
            if (!texts.add(t) && ++tries > 20 * n) {
                texts.add(t.substring(0, t.length() - 1) + " (part " + texts.size() + ")" + t.charAt(t.length() - 1));
            }
        }
        return new ArrayList<>(texts);
    }

    private static String question(SplittableRandom random) {
        String[] template = TEMPLATES[random.nextInt(TEMPLATES.length)];
        StringBuilder sb = new StringBuilder();
        for (String part : template) {
            sb.append(switch (part) {
                case "@ACT" -> pick(ACT, random);
                case "@SYS" -> pick(SYS, random);
                case "@SCALE" -> pick(SCALE, random);
                case "@PAIR" -> pick(PAIR, random);
                case "@CONCEPT" -> pick(CONCEPT, random);
                case "@ALGO" -> pick(ALGO, random);
                case "@INPUT" -> pick(INPUT, random);
                case "@TASK" -> pick(TASK, random);
                case "@SQL" -> pick(SQL, random);
                case "@PRACTICE" -> pick(PRACTICE, random);
                case "@BUG" -> pick(BUG, random);
                case "@TRADE" -> pick(TRADE, random);
                default -> part;
            });
        }
        return sb.toString();
    }

    private static String markdownList(String company, String role, List<String> texts, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(company).append(' ').append(role).append(" Interview Questions\n\n");
        sb.append("Questions reported by candidates who interviewed for this role in ")
                .append(2019 + random.nextInt(7)).append(".\n");
        int sections = Math.min(texts.size(), 2 + random.nextInt(3));
        int first = random.nextInt(SECTIONS.length);
        boolean numbered = random.nextBoolean();
        int k = 0;
        for (int s = 0; s < sections; s++) {
            int end = (s + 1) * texts.size() / sections;
            sb.append("\n## ").append(SECTIONS[(first + s) % SECTIONS.length]).append("\n\n");
            for (int n = 1; k < end; k++, n++) {
                sb.append(numbered ? n + ". " : "- ").append(texts.get(k)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String markdownQa(String company, String role, List<String> texts, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(company).append(' ').append(role).append(" interview questions and answers\n\n");
        sb.append("Each question comes with what a strong answer covers.\n");
        for (int i = 0; i < texts.size(); i++) {
            sb.append("\n### ").append(i + 1).append(". ").append(texts.get(i)).append("\n\n");
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                sb.append(s == 0 ? "" : " ").append(pick(ANSWER, random));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String csv(List<String> texts, SplittableRandom random) {
        StringBuilder sb = new StringBuilder("ID,Title,Difficulty,Topic\n");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            sb.append(100 + random.nextInt(3000)).append(',')
                    .append(t.contains(",") || t.contains("\"") ? '"' + t.replace("\"", "\"\"") + '"' : t)
                    .append(',').append(pick(DIFFICULTIES, random)).append(',').append(pick(TOPICS, random))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String textList(String company, String role, List<String> texts, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        String title = company + " " + role + " interview questions";
        sb.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        boolean paren = random.nextBoolean();
        for (int i = 0; i < texts.size(); i++) {
            sb.append(i + 1).append(paren ? ") " : ". ").append(texts.get(i)).append('\n');
        }
        return sb.toString();
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
