package io.fieldline.platform.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Singleton;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/** Names a constraint violation's property as the JSON body names it ({@code first_name}, not {@code firstName}). */
@Singleton
public class JsonFieldNames implements PropertyNodeNameProvider {

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            try {
                JsonProperty json = bean.getDeclaringClass().getDeclaredField(property.getName())
                        .getAnnotation(JsonProperty.class);
                if (json != null && !json.value().isEmpty()) {
                    return json.value();
                }
            } catch (NoSuchFieldException notAField) {
                return property.getName();
            }
        }
        return property.getName();
    }
}
