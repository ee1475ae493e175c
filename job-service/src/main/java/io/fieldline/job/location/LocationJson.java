package io.fieldline.job.location;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.LocationData;
import jakarta.enterprise.context.ApplicationScoped;

/** A {@link Location} as a JSONB column holds it and as events carry it. */
@ApplicationScoped
public class LocationJson {

    private final ObjectMapper json;

    public LocationJson(ObjectMapper json) {
        this.json = json;
    }

    /** The column text of a location; {@code null} for none. */
    public String write(Location location) {
        if (location == null) {
            return null;
        }
        try {
            return json.writeValueAsString(location);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a location is always writable as JSON", unwritable);
        }
    }

    /** The location a column holds; {@code null} for none. */
    public Location read(String column) {
        if (column == null) {
            return null;
        }
        try {
            return json.readValue(column, Location.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a stored location is not a Location", unreadable);
        }
    }

    /** The location as events carry it; {@code null} for none. */
    public static LocationData toEvent(Location location) {
        return location == null ? null : new LocationData(location.street1(), location.street2(), location.city(),
                location.state(), location.postalCode(), location.timezone());
    }
}
