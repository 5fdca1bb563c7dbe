package se.inkopsstod.testing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body that passes the bean validation of a route's request type, built from the type itself
 * (records, their constraints, enums, collections, maps), so that a sweep of every route reaches
 * the route's access check instead of stopping at "the body is invalid". A route added tomorrow
 * gets a valid body tomorrow without anyone writing one.
 */
public final class SampleBodies {

    private SampleBodies() {
    }

    public static Object of(Type type) {
        return sample(type, null, 0);
    }

    private static Object sample(Type type, AnnotatedElement constraints, int depth) {
        Class<?> raw = raw(type);
        if (depth > 6) {
            return null;
        }
        if (raw == String.class) {
            return text(constraints);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class) {
            Min min = constraints == null ? null : constraints.getAnnotation(Min.class);
            return min != null ? Math.max(min.value(), 1) : 1;
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            DecimalMin min = constraints == null ? null : constraints.getAnnotation(DecimalMin.class);
            return min != null ? new BigDecimal(min.value()).max(BigDecimal.ONE) : BigDecimal.ONE;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Boolean.TRUE;
        }
        if (raw == LocalDate.class) {
            return LocalDate.now().plusDays(60).toString();
        }
        if (raw == Instant.class) {
            return Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            List<Object> list = new ArrayList<>();
            list.add(sample(argument(type, 0), null, depth + 1));
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> map = new LinkedHashMap<>();
            Class<?> key = raw(argument(type, 0));
            if (key.isEnum()) {
                for (Object constant : key.getEnumConstants()) {
                    map.put(((Enum<?>) constant).name(), sample(argument(type, 1), null, depth + 1));
                }
            } else {
                map.put("key", sample(argument(type, 1), null, depth + 1));
            }
            return map;
        }
        if (raw.isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), sample(component.getGenericType(), component.getAccessor(), depth + 1));
            }
            return fields;
        }
        return null;
    }

    private static String text(AnnotatedElement constraints) {
        if (constraints != null && constraints.getAnnotation(Email.class) != null) {
            return "sample@example.org";
        }
        Pattern pattern = constraints == null ? null : constraints.getAnnotation(Pattern.class);
        if (pattern != null && pattern.regexp().contains("\\d")) {
            return "556000-1231";
        }
        Size size = constraints == null ? null : constraints.getAnnotation(Size.class);
        int length = size == null ? 8 : Math.min(Math.max(size.min(), 8), size.max());
        return "x".repeat(Math.max(length, 1));
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
