package dev.prepkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prepkit.model.yaml.YamlCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;

class LocatedYamlTest {

    private static JacksonException brokenBy(String yaml) {
        return catchThrowableOfType(JacksonException.class, () -> LocatedYaml.read(new YamlCodec().mapper(), yaml));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list item indented too little  | 'a: 1\\nlist:\\n  - x\\n - y\\n'                          | 4:2 | expected <block end>
            a key without its colon          | 'a: 1\\nb c\\nd: 2\\n'                                   | 2:1 | could not find expected ':' at line 3, column 1 (while scanning a simple key that starts at line 2, column 1)
            an unclosed quote                | 'a: 1\\nb: "unclosed\\nc: 2\\n'                          | 2:4 | found unexpected end of stream at line 4, column 1 (while scanning a quoted scalar that starts at line 2, column 4)
            a tab used for indentation       | 'a:\\n\\t- x\\n'                                          | 2:1 | (TAB) for indentation
            an unclosed bracket              | 'a: [1, 2\\n'                                            | 1:4 | expected ',' or ']', but got <stream end>
            a field indented one space short | 'questions:\\n  - id: q\\n    text: x\\n   difficulty: hard\\n' | 4:4 | (while parsing a block collection that starts at line 2, column 3)
            """)
    void aYamlMistakeIsLocatedWhereACuratorFixesItAndSaysWhatWentWrong(String what, String yaml, String at,
            String says) {
        JacksonException e = brokenBy(yaml.replace("\\n", "\n").replace("\\t", "\t"));
        assertThat(LocatedYaml.problemLocation("g.yaml", e).toString()).isEqualTo("g.yaml:" + at);
        assertThat(LocatedYaml.problem(e)).contains(says.strip());
    }
}
