package se.samspel.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * How Samspel reads JSON it is sent (RFC 8259): one value per document and nothing after it, each
 * member name once per object, every value of the type its field declares, and no NUL character in
 * any string. A document that breaks one of these is refused, never guessed at: a repeated key is
 * not "last one wins", {@code 1e400} is not the text "1e400", {@code "3"} is not the number 3.
 *
 * <p>NUL (U+0000) is refused because no text in Samspel may carry it and PostgreSQL cannot store it
 * in {@code text} columns: without this rule H2 would keep what PostgreSQL refuses.
 *
 * <p>Failures surface as Jackson's own exceptions ({@code JsonParseException} for a repeated key or
 * trailing content, {@code MismatchedInputException} for a wrong type, {@link
 * ForbiddenCharacterException} for a NUL) with the path of the field, which the HTTP layer turns
 * into a 400 problem naming it.
 */
public final class StrictJson {

  private StrictJson() {}

  /** Makes {@code mapper} strict as described above, and returns it. */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    // Dates and times only in their ISO 8601 text, never as epoch numbers, and only real dates.
    mapper.setDefaultLeniency(false);
    // Scalars are never coerced into text, nor text into scalars, for any target type.
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    for (CoercionInputShape shape :
        new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float}) {
      mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(shape, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
    }
    for (LogicalType scalar :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    SimpleModule strict = new SimpleModule("samspel-strict-json");
    strict.addDeserializer(String.class, new NoNulText());
    strict.setDeserializerModifier(new TemporalsAsTextOnly());
    mapper.registerModule(strict);
    return mapper;
  }

  /** A string value held a character Samspel never accepts in text. */
  public static final class ForbiddenCharacterException extends MismatchedInputException {
    ForbiddenCharacterException(JsonParser parser, String message) {
      super(parser, message, String.class);
    }
  }

  /**
   * Java time values (Instant, LocalDate …) only from ISO 8601 text: the JSR-310 module would read
   * a number as seconds since 1970 whatever the leniency, so numbers are refused before it sees
   * them.
   */
  private static final class TemporalsAsTextOnly extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      if (Temporal.class.isAssignableFrom(description.getBeanClass())) {
        return new TextOnly(deserializer);
      }
      return deserializer;
    }
  }

  private static final class TextOnly extends DelegatingDeserializer {
    TextOnly(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new TextOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != null
          && (p.currentToken().isNumeric() || p.currentToken() == JsonToken.START_ARRAY)) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** Reads text as Jackson does, then refuses NUL. */
  private static final class NoNulText extends StdScalarDeserializer<String> {
    NoNulText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = StringDeserializer.instance.deserialize(p, ctxt);
      if (NulCharacter.in(text)) {
        throw new ForbiddenCharacterException(p, NulCharacter.REASON);
      }
      return text;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }
}
