package io.fieldline.technician.userbulk.rest;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.validation.RequestBodyProblems;
import io.fieldline.platform.validation.StrictRequestJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the users bulk API in both its formats (seed: "Minimum JSON body", "Minimum XML User body"): a user
 * ({@code {...}}, {@code <User>}) or a list of users ({@code [...]}, {@code <ArrayOfUser>}), read by
 * {@code Content-Type} and written by {@code Accept}, with Jackson for both. The XML reader takes no document type
 * declaration at all, so neither an external entity (XXE) nor an entity that expands into others (billion laughs)
 * is ever declared, resolved or read from disk: such a body is a 400.
 */
@ApplicationScoped
public class UserBodies {

    /** The most users one request may write, so that a request stays bounded in time and memory. */
    public static final int MAX_USERS = 10_000;
    private static final String USER = "User";
    private static final String ARRAY_OF_USER = "ArrayOfUser";

    /** A body read: its users as trees of properties, whether it was a list, and whether it came as XML. */
    public record Body(List<JsonNode> users, boolean list, boolean xml) {
    }

    private final ObjectMapper json;
    private final ObjectMapper strictJson;
    private final XmlMapper xml;
    private final XMLInputFactory xmlInput;

    public UserBodies(ObjectMapper json, StrictRequestJson strictJson) {
        this.json = json;
        this.strictJson = strictJson.getContext(Object.class);
        this.xmlInput = safeXmlInput();
        this.xml = XmlMapper.builder(new XmlFactory(xmlInput, XMLOutputFactory.newFactory()))
                .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    /**
     * Reads a body of {@code type}: a 400 when it is missing or not well-formed JSON or XML (or XML with a DTD), a 422
     * when it is neither a user nor a list of 1 to {@value #MAX_USERS} users.
     */
    public Body read(byte[] body, MediaType type) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("Request body is required: a user, or a list of users");
        }
        return isXml(type) ? readXml(body) : readJson(body);
    }

    /** Whether {@code type} is an XML one ({@code application/xml}, {@code text/xml}, {@code ...+xml}). */
    public static boolean isXml(MediaType type) {
        return type != null && (type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml"));
    }

    /** A user, or users as {@code [...]} or {@code <ArrayOfUser>}, in JSON or XML. */
    public byte[] write(Object value, boolean asXml) {
        try {
            if (!asXml) {
                return json.writeValueAsBytes(value);
            }
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof UserOutcome) {
                return xml.writeValueAsBytes(new UserOutcome.ArrayOfUserResult(list.stream()
                        .map(UserOutcome.class::cast).toList()));
            }
            if (value instanceof List<?> list) {
                return xml.writeValueAsBytes(new WorkspaceUserView.ArrayOfUser(list.stream()
                        .map(WorkspaceUserView.class::cast).toList()));
            }
            return xml.writeValueAsBytes(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a users bulk API answer always writes", unwritable);
        }
    }

    private Body readJson(byte[] body) {
        JsonNode tree;
        try {
            tree = strictJson.readTree(body);
        } catch (JsonProcessingException unreadable) {
            throw RequestBodyProblems.of(unreadable);
        } catch (IOException unreadable) {
            throw ApiException.badRequest("Request body cannot be read");
        }
        if (tree.getNodeType() == JsonNodeType.ARRAY) {
            List<JsonNode> users = new ArrayList<>();
            tree.forEach(users::add);
            return bounded(new Body(users, true, false));
        }
        if (tree.getNodeType() != JsonNodeType.OBJECT) {
            new FieldErrors().add(RequestBodyProblems.BODY, "must be a user object or a list of users").throwIfAny();
        }
        return new Body(List.of(tree), false, false);
    }

    private Body readXml(byte[] body) {
        try {
            XMLStreamReader reader = xmlInput.createXMLStreamReader(new ByteArrayInputStream(body));
            int event = reader.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    throw ApiException.badRequest("Request body is refused: XML with a document type declaration"
                            + " (<!DOCTYPE ...>) is not accepted, as it may declare entities");
                }
                event = reader.next();
            }
            String root = reader.getLocalName();
            JsonNode tree = xml.readValue(reader, JsonNode.class);
            if (root.equals(USER)) {
                return new Body(List.of(tree), false, true);
            }
            if (!root.equals(ARRAY_OF_USER)) {
                new FieldErrors().add(RequestBodyProblems.BODY, "must be a <User> or an <ArrayOfUser>").throwIfAny();
            }
            return bounded(new Body(usersOf(tree), true, true));
        } catch (ApiException refused) {
            throw refused;
        } catch (XMLStreamException | IOException | RuntimeException unreadable) {
            // Woodstox reports some malformed text lazily, in a RuntimeException of its own
            throw ApiException.badRequest("Request body is not well-formed XML");
        }
    }

    /** The {@code <User>} elements of an {@code <ArrayOfUser>}: none, one, or many (which Jackson reads as a list). */
    private static List<JsonNode> usersOf(JsonNode arrayOfUser) {
        List<JsonNode> users = new ArrayList<>();
        if (arrayOfUser.isTextual() && arrayOfUser.asText().isBlank()) {
            return users;
        }
        if (!arrayOfUser.isObject() || arrayOfUser.size() != 1 || !arrayOfUser.has(USER)) {
            new FieldErrors().add(RequestBodyProblems.BODY, "must hold only <User> elements").throwIfAny();
        }
        JsonNode elements = arrayOfUser.get(USER);
        if (elements.isArray()) {
            elements.forEach(users::add);
        } else {
            users.add(elements);
        }
        return users;
    }

    private static Body bounded(Body body) {
        if (body.users().isEmpty() || body.users().size() > MAX_USERS) {
            new FieldErrors().add(RequestBodyProblems.BODY, "must hold 1 to " + MAX_USERS + " users").throwIfAny();
        }
        return body;
    }

    /**
     * A StAX input factory that supports no DTD and no external entity, resolves nothing and replaces no entity
     * reference: of the entities, only XML's five predefined ones and character references are read.
     */
    private static XMLInputFactory safeXmlInput() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External entities are not read: " + systemId);
        });
        return factory;
    }
}
