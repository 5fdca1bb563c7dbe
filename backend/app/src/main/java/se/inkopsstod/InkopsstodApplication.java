package se.inkopsstod;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Inköpsstöd: the shared procurement workspace of Swedish school organisers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InkopsstodApplication {

    public static void main(String[] args) {
        SpringApplication.run(InkopsstodApplication.class, args);
    }
}
