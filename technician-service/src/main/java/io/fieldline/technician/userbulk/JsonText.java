package io.fieldline.technician.userbulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists and maps of text stored as JSON text in a column, as {@code WorkspaceUser} keeps its tags, teams and Data. */
public final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {
    }

    /** A list of strings as a JSON array. */
    @Converter
    public static class ListConverter implements AttributeConverter<List<String>, String> {

        @Override
        public String convertToDatabaseColumn(List<String> values) {
            return write(values == null ? List.of() : values);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return list(column);
        }
    }

    /** A map of strings by name as a JSON object, in the order the names were given. */
    @Converter
    public static class MapConverter implements AttributeConverter<Map<String, String>, String> {

        @Override
        public String convertToDatabaseColumn(Map<String, String> values) {
            return write(values == null ? Map.of() : values);
        }

        @Override
        public Map<String, String> convertToEntityAttribute(String column) {
            return map(column);
        }
    }

    /** The list a column of JSON text holds. */
    public static List<String> list(String column) {
        return read(column, new TypeReference<ArrayList<String>>() { });
    }

    /** The map a column of JSON text holds. */
    public static Map<String, String> map(String column) {
        return read(column, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("text values always write as JSON", impossible);
        }
    }

    private static <T> T read(String column, TypeReference<T> type) {
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a workspace_user column holds no JSON of its kind", corrupt);
        }
    }
}
