package io.fieldline.technician.userbulk.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user as the users bulk API shows it (seed: users-bulk-api.txt, "User Object Payload"), in JSON or as XML
 * {@code <User>}: the seed's properties in its order, then our extensions {@code Id} (the user's id in
 * {@code /v3/users}, the technician id), {@code OrganizationId} and {@code Archived}. {@code Phone} is E.164. In XML,
 * a list holds one element per item, named for it: {@code <SkillTags><SkillTag>TruckLicense</SkillTag></SkillTags>}.
 */
@JacksonXmlRootElement(localName = "User")
@JsonPropertyOrder({"ExternalId", "Name", "Initials", "Phone", "Email", "UserType", "Image", "Lat", "Lon",
        "StreetAddress", "Unit", "City", "State", "Zip", "SkillTags", "Enabled", "Data", "Teams", "LastUpdated",
        "Created", "Id", "OrganizationId", "Archived"})
public record WorkspaceUserView(
        @JsonProperty("ExternalId") String externalId,
        @JsonProperty("Name") String name,
        @JsonProperty("Initials") String initials,
        @JsonProperty("Phone") String phone,
        @JsonProperty("Email") String email,
        @JsonProperty("UserType") String userType,
        @JsonProperty("Image") String image,
        @JsonProperty("Lat") Double lat,
        @JsonProperty("Lon") Double lon,
        @JsonProperty("StreetAddress") String streetAddress,
        @JsonProperty("Unit") String unit,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Zip") String zip,
        @JsonProperty("SkillTags") @JacksonXmlElementWrapper(localName = "SkillTags")
        @JacksonXmlProperty(localName = "SkillTag") List<String> skillTags,
        @JsonProperty("Enabled") boolean enabled,
        @JsonProperty("Data") Map<String, String> data,
        @JsonProperty("Teams") @JacksonXmlElementWrapper(localName = "Teams")
        @JacksonXmlProperty(localName = "Team") List<String> teams,
        @JsonProperty("LastUpdated") Instant lastUpdated,
        @JsonProperty("Created") Instant created,
        @JsonProperty("Id") long id,
        @JsonProperty("OrganizationId") long organizationId,
        @JsonProperty("Archived") boolean archived) {

    /** Users as XML {@code <ArrayOfUser>} shows them, one {@code <User>} each. */
    @JacksonXmlRootElement(localName = "ArrayOfUser")
    public record ArrayOfUser(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "User")
            List<WorkspaceUserView> users) {
    }
}
