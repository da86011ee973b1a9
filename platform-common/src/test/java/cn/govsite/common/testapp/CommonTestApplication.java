package cn.govsite.common.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service that exercises platform-common's auto-configuration in its own tests.
 */
@SpringBootApplication
public class CommonTestApplication {

}
