// A client of the register -> log in -> search -> quote -> book flow, typed only by the OpenAPI document
// (openapi-typescript writes ./generated/api.d.ts from it). `tsc --strict` must compile it without casts: if the
// document loses a required field, a type or an enum, this stops compiling.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Booking = components["schemas"]["BookingResponse"];
type Problem = components["schemas"]["ProblemDetails"];

export async function bookFirstHome(baseUrl: string, email: string, password: string): Promise<Booking | Problem> {
  const api = createClient<paths>({ baseUrl });

  const registered = await api.POST("/api/v1/users", {
    body: { email, password, firstName: "Ada", lastName: "Lovelace", role: "guest" },
  });
  if (registered.error) return registered.error;
  const userId: string = registered.data.id;
  const role: "guest" | "host" | "admin" = registered.data.role;

  const login = await api.POST("/api/v1/auth/login", { body: { email, password } });
  if (login.error) return login.error;
  const accessToken: string = login.data.accessToken;
  const refreshToken: string = login.data.refreshToken;
  const expiresIn: number = login.data.expiresIn;
  const headers = { Authorization: `Bearer ${accessToken}` };

  const found = await api.GET("/api/v1/properties", {
    params: { query: { city: "Lisbon", guests: 2, checkIn: "2027-03-01", checkOut: "2027-03-04", instantBook: true, sort: "price", limit: 10 } },
  });
  if (found.error) return found.error;
  const first = found.data.items[0];
  if (first === undefined) {
    return { type: "about:blank", title: "Not Found", status: 404, code: "Property.NotFound", traceId: "-", detail: "Nothing to book." };
  }
  const nightly: number = first.pricePerNight;
  const currency: string = first.currency;
  const next: string | null = found.data.nextCursor;

  const quote = await api.GET("/api/v1/bookings/quote", {
    params: { query: { propertyId: first.id, checkIn: "2027-03-01", checkOut: "2027-03-04", guests: 2 } },
    headers,
  });
  if (quote.error) return quote.error;
  const total: number = quote.data.price.total;

  const booked = await api.POST("/api/v1/bookings", {
    body: { propertyId: first.id, checkIn: "2027-03-01", checkOut: "2027-03-04", guests: 2 },
    headers,
  });
  if (booked.error) {
    const code: string = booked.error.code;
    const fields: Record<string, string[]> | undefined = booked.error.errors;
    console.log(code, fields);
    return booked.error;
  }
  const status: "pending" | "confirmed" | "declined" | "expired" | "cancelled" | "completed" = booked.data.status;
  const refund: { amount: number; currency: string } | null | undefined = booked.data.refund;
  console.log(userId, role, refreshToken, expiresIn, nightly, currency, next, total, status, refund);
  return booked.data;
}
