package io.fieldline.job.datafile;

import io.fieldline.job.JobSources;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import static io.restassured.RestAssured.given;

/** Test helpers for datafiles: accounts of a test's own, uploads through the public API, a real PNG. */
public final class Datafiles {

    private Datafiles() {
    }

    /** An account id no other test uses, so tests never see each other's data. */
    public static long newAccount() {
        return JobSources.newAccount();
    }

    /** Uploads {@code content} as the part {@code file} named {@code filename} and returns its uid. */
    public static String upload(String token, String filename, byte[] content) {
        return given().auth().oauth2(token).multiPart("file", filename, content, "application/octet-stream")
                .when().post("/v3/datafiles")
                .then().statusCode(201).extract().path("datafile.uid");
    }

    /** A 2×2 PNG image, as a browser or a phone would upload it. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff8800);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
