package dev.prepkit.validate;

import tools.jackson.databind.JsonNode;

/** Plain-English messages for schema violations, naming the guide element rather than the validator's terms. */
final class SchemaMessages {

    private static final String URL_HINT = "write the http or https URL the raw file was fetched from";

    private SchemaMessages() {
    }

    /** What is wrong, e.g. {@code question 'q-3f2a…' has no difficulty; expected one of easy, medium, hard}. */
    static String describe(JsonNode root, SchemaCheck.Violation v) {
        String where = element(root, v.pointer());
        String field = lastSegment(v.pointer());
        JsonNode value = root.at(v.pointer());
        String shown = value.isMissingNode() ? "" : value.isString() ? "'" + value.stringValue() + "'" : value.toString();
        return switch (v.keyword()) {
            case "required" -> where + " has no " + field;
            case "additionalProperties" -> where + " has a field '" + field + "' that guides do not have";
            case "enum" -> where + ": " + shown + " is not allowed; expected one of " + enumValues(v);
            case "const" -> where + ": " + shown + " is not allowed; " + v.message();
            case "pattern" -> value.isString() && value.stringValue().isBlank() ? where + ": " + field + " is empty"
                    : where + ": " + shown + " is not in the expected form";
            case "type" -> where + ": " + v.message();
            case "minLength" -> where + " is empty";
            case "format" -> where + ": " + shown + (field.equals("url") ? " is not a valid URL"
                    : " is not a calendar date (YYYY-MM-DD)");
            default -> where + ": " + v.message();
        };
    }

    /** How to fix it, or null. */
    static String hint(SchemaCheck.Violation v) {
        String field = lastSegment(v.pointer());
        return switch (v.keyword()) {
            case "required" -> "add '" + field + ":' here";
            case "additionalProperties" -> "remove '" + field + "', or check its spelling";
            case "enum" -> "use one of " + enumValues(v);
            case "format" -> field.equals("url") ? URL_HINT : "write a date that exists, such as 2026-04-06";
            case "pattern" -> switch (field) {
                case "text", "title", "company", "name", "role", "category", "round", "summary", "description",
                        "audience" -> "write the " + field;
                case "id" -> "ids are lower-case words joined by '-' (questions: q- and 10 hex digits)";
                case "lines", "minutes", "sessions" -> "write a number or a range such as '9-11'";
                case "url" -> URL_HINT;
                case "fetched" -> "write when the page was fetched, in UTC: 2026-04-20T09:30:00Z, or a date";
                default -> "see the guide schema (prepkit schema)";
            };
            default -> null;
        };
    }

    private static String enumValues(SchemaCheck.Violation v) {
        String m = v.message();
        int open = m.indexOf('[');
        return open >= 0 ? m.substring(open).replace("[", "").replace("]", "").replace("\"", "") : m;
    }

    /** "question 'q-…'", "round 'Recruiter Screen'", "section 2", or "the guide". */
    static String element(JsonNode root, String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length >= 3) {
            JsonNode item = root.at("/" + parts[1] + "/" + parts[2]);
            String kind = switch (parts[1]) {
                case "questions" -> "question";
                case "rounds" -> "round";
                case "sections" -> "section";
                default -> parts[1];
            };
            JsonNode id = item.get("id");
            JsonNode name = item.get("name");
            String label = id != null && id.isString() ? "'" + id.stringValue() + "'"
                    : name != null && name.isString() ? "'" + name.stringValue() + "'"
                    : parts[2].matches("\\d+") ? String.valueOf(Integer.parseInt(parts[2]) + 1) : parts[2];
            return kind + " " + label;
        }
        return "the guide";
    }

    private static String lastSegment(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash >= 0 ? pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~") : pointer;
    }
}
