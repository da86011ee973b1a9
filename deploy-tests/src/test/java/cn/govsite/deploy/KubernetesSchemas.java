package cn.govsite.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.JSON;

/**
 * Validates an object against the Kubernetes API schema of its kind, through the models
 * the official Java client generates from the OpenAPI specification (Kubernetes 1.32):
 * unknown fields, missing required fields and wrong types are errors.
 */
final class KubernetesSchemas {

	private KubernetesSchemas() {
	}

	/** Throws with the validator's message when the object does not fit its schema. */
	static void validate(Map<String, Object> object) {
		Class<?> model = modelOf((String) object.get("apiVersion"), (String) object.get("kind"));
		JsonElement json = JSON.getGson().toJsonTree(object);
		try {
			Method validate = model.getMethod("validateJsonElement", JsonElement.class);
			validate.invoke(null, json);
			JSON.getGson().fromJson(json, model);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalArgumentException(
					object.get("kind") + " " + Manifests.name(object) + ": " + ex.getCause().getMessage(),
					ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("No validator on " + model, ex);
		}
	}

	/**
	 * {@code apps/v1} Deployment → V1Deployment; {@code autoscaling/v2} HPA →
	 * V2HorizontalPodAutoscaler.
	 */
	static Class<?> modelOf(String apiVersion, String kind) {
		String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
		String name = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
				+ version.substring(1) + kind;
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalArgumentException("No Kubernetes schema for " + apiVersion + " " + kind, ex);
		}
	}

	static boolean isBuiltIn(Map<String, Object> object) {
		try {
			modelOf((String) object.get("apiVersion"), (String) object.get("kind"));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
