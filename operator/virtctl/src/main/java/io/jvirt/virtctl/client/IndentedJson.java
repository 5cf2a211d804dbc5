package io.jvirt.virtctl.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON laid out as upstream's virtctl prints it (Go's two-space indent: {@code "key": value}, one
 * element per line, {@code {}} and {@code []} when empty), field order kept as the server sent it.
 */
public final class IndentedJson {
  // numbers as plain decimals, as Go prints them (a login time is 1764892800.25, not 1.76E9)
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private IndentedJson() {}

  /** {@code json} re-indented; throws when it is not JSON. */
  public static String of(String json) throws JsonProcessingException {
    return MAPPER.writer(new GoLayout()).writeValueAsString(MAPPER.readTree(json));
  }

  /** Jackson's pretty printer with Go's separators and empty containers. */
  private static final class GoLayout extends DefaultPrettyPrinter {
    GoLayout() {
      super(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""));
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    GoLayout(GoLayout base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new GoLayout(this);
    }
  }
}
