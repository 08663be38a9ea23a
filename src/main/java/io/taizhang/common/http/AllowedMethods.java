package io.taizhang.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each resource path accepts, read once from the resource classes. RESTEasy
 * Reactive answers a wrong method with a bare 405 (no Allow header), and with 404 when several
 * resource classes share a path prefix; the exception mappers use this table to answer 405 with
 * Allow in both cases, as RFC 9110 requires.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAM = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods the path accepts (HEAD wherever GET is), empty when no resource serves it. */
    public Set<String> of(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            r = scan();
            routes = r;
        }
        return r;
    }

    private List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Route(template(join(root.value(), sub == null ? "" : sub.value())), http));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A JAX-RS path template as a regular expression: {name} is one segment, {name: regex} its regex. */
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher param = PARAM.matcher(path);
        int last = 0;
        while (param.find()) {
            regex.append(Pattern.quote(path.substring(last, param.start())));
            regex.append('(').append(param.group(1) == null ? "[^/]+" : param.group(1).trim()).append(')');
            last = param.end();
        }
        regex.append(Pattern.quote(path.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
