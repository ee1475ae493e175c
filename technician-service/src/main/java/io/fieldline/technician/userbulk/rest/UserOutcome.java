package io.fieldline.technician.userbulk.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;
import java.util.Map;

/**
 * What became of one user of a bulk {@code POST /{workspace}/api/user}, in the order sent: its {@code Index} in the
 * request, its {@code ExternalId} if it has one, the {@code Status} a request of it alone would have got (201
 * created, 200 updated, else the 4xx), and either the {@code User} as stored or the {@code Error} (the surface's
 * {@code {"code", "message", "fields"?}}, fields named without the index).
 */
@JacksonXmlRootElement(localName = "UserResult")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Index", "ExternalId", "Status", "User", "Error"})
public record UserOutcome(
        @JsonProperty("Index") int index,
        @JsonProperty("ExternalId") String externalId,
        @JsonProperty("Status") int status,
        @JsonProperty("User") WorkspaceUserView user,
        @JsonProperty("Error") Map<String, Object> error) {

    /** Outcomes as XML {@code <ArrayOfUserResult>} shows them, one {@code <UserResult>} each. */
    @JacksonXmlRootElement(localName = "ArrayOfUserResult")
    public record ArrayOfUserResult(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "UserResult")
            List<UserOutcome> results) {
    }
}
