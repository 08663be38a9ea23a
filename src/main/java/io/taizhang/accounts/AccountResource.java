package io.taizhang.accounts;

import io.taizhang.accounts.AccountDtos.AccountCreate;
import io.taizhang.accounts.AccountDtos.AccountUpdate;
import io.taizhang.accounts.AccountDtos.AccountView;
import io.taizhang.accounts.AccountDtos.IssuedToken;
import io.taizhang.accounts.AccountDtos.TokenIssue;
import io.taizhang.accounts.AccountDtos.TokenView;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts, roles and bearer tokens (admin only)")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;
    private final TokenService tokens;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public AccountResource(AccountService accounts, TokenService tokens, Idempotency idempotency, CurrentCaller caller) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account (a liaison needs a unitId)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Username taken")
    public Response create(@NotNull @Valid AccountCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return OutcomeResponses.of(idempotency.run(caller.get(), idempotencyKey, "POST", "/api/v1/accounts", request, () -> {
            AccountView view = accounts.create(request);
            return Result.created("/api/v1/accounts/" + view.id(), Etags.of(view.version()), view);
        }));
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "List accounts in id order")
    @APIResponse(responseCode = "200", description = "A page of accounts; the next page is in the Link header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView[].class)))
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Long after = QueryParams.id("cursor", cursor);
        return Responses.page(accounts.list(after == null ? 0 : after, QueryParams.limit(limit)), uri);
    }

    @GET
    @Path("/{accountId}")
    @Operation(operationId = "getAccount", summary = "Read one account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public Response get(@PathParam("accountId") long accountId, @Context HttpHeaders headers) {
        AccountView view = accounts.get(accountId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @PATCH
    @Path("/{accountId}")
    @Operation(operationId = "updateAccount", summary = "Rename, deactivate or reactivate an account")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The last active admin cannot be deactivated")
    public Response update(@PathParam("accountId") long accountId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AccountUpdate request) {
        AccountView view = accounts.update(accountId, ifMatch, request);
        return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
    }

    @POST
    @Path("/{accountId}/tokens")
    @Operation(operationId = "issueToken", summary = "Issue a bearer token; the token is shown in this response only")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "409", description = "The account is deactivated")
    public Response issueToken(@PathParam("accountId") long accountId, @NotNull @Valid TokenIssue request) {
        // never idempotent-replayed: a stored response would keep the token in the database
        IssuedToken issued = tokens.issue(accountId, request);
        return Response.status(201).entity(issued)
                .location(java.net.URI.create("/api/v1/accounts/" + accountId + "/tokens")).build();
    }

    @GET
    @Path("/{accountId}/tokens")
    @Operation(operationId = "listTokens", summary = "List an account's tokens (never the token values)")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView[].class)))
    public List<TokenView> listTokens(@PathParam("accountId") long accountId) {
        return tokens.list(accountId);
    }

    @DELETE
    @Path("/{accountId}/tokens/{tokenId}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token; effective immediately")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
    public Response revokeToken(@PathParam("accountId") long accountId, @PathParam("tokenId") long tokenId) {
        tokens.revoke(accountId, tokenId);
        return Response.noContent().build();
    }
}
